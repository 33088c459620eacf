#!/usr/bin/env bash
# Saves a PNG of every page at phone (390x844) and desktop (1280x800) size into
# docs/screenshots/ (or the folder given), drawn in a real X window under Xvfb
# with OpenGL, so that they look exactly as on a desktop, with three weeks of
# made-up use (scripts/demo-data.py). A private sound server
# with a silent sink stands in for speakers, so the player shows as it does for
# a person who has sound (without one it says that sound is off).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${1:-docs/screenshots}"
scratch="$(mktemp -d)"
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT

mkdir -p "$scratch/data" "$scratch/runtime" "$scratch/home" "$scratch/xdg"
export PULSE_RUNTIME_PATH="$scratch/runtime" HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/xdg"
printf 'autospawn = no\n' > "$scratch/client.conf"
export PULSE_CLIENTCONFIG="$scratch/client.conf"
if command -v pulseaudio >/dev/null 2>&1; then
    pulseaudio -n --daemonize=no --exit-idle-time=-1 --use-pid-file=no --log-target=stderr \
        --load="module-null-sink sink_name=screenshots" \
        --load="module-native-protocol-unix auth-anonymous=1 socket=$scratch/pulse" \
        2>"$scratch/pulse.log" &
    server_pid=$!
    export PULSE_SERVER="unix:$scratch/pulse"
    for _ in $(seq 100); do
        pactl info >/dev/null 2>&1 && break
        sleep 0.1
    done
fi

# Three weeks of use and a physio's plan, through the app's own commands, so
# that Today, the body map and Progress show what a person sees after a while.
python3 scripts/demo-data.py "$scratch/demo"
build/unknot --data-dir "$scratch/data" --import "$scratch/demo/demo-plan.unknot" >/dev/null
build/unknot --data-dir "$scratch/data" --restore "$scratch/demo/demo-history.json" >/dev/null

UNKNOT_DATA_DIR="$scratch/data" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1920x1080x24" build/unknot --self-test --screenshots "$out"
ls "$out"
