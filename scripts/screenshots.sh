#!/usr/bin/env bash
# Saves a PNG of every page at phone (390x844) and desktop (1280x800) size into
# docs/screenshots/ (or the folder given), drawn in a real X window under Xvfb
# with OpenGL, so that they look exactly as on a desktop.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
out="${1:-docs/screenshots}"
data_dir="$(mktemp -d)"
trap 'rm -rf "$data_dir"' EXIT
UNKNOT_DATA_DIR="$data_dir" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1920x1080x24" build/unknot --self-test --screenshots "$out"
ls "$out"
