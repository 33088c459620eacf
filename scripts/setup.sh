#!/usr/bin/env bash
# Sets up a Debian 12 / Ubuntu 24.04 machine for Unknot and builds it.
# Installs only the Debian packages that are missing (with apt-get, as root or
# through sudo), configures once with the "default" preset and builds
# incrementally. Safe to run again and again.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(
    # toolchain
    g++ cmake ninja-build pkg-config
    # Qt 6.4 and the QML modules the interface imports
    qt6-base-dev qt6-declarative-dev qt6-declarative-dev-tools qt6-qpa-plugins
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtquick-shapes
    qml6-module-qtqml-workerscript qml6-module-qttest qml6-module-qtmultimedia
    # export and restore: the file dialogs (their Qt Quick fallback lists folders
    # with Qt.labs.folderlistmodel) and StandardPaths for the Documents folder
    qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel qml6-module-qtcore
    # English plural forms ("3 sessions"): lrelease, and lupdate for the check
    qt6-l10n-tools
    qt6-multimedia-dev qt6-speech-dev qt6-speech-flite-plugin libqt6sql6-sqlite
    # the cue voice: flite synthesizes straight into the cue stream (docs/audio.md)
    flite1-dev libqt6svg6
    # fonts, so that text renders the same on every machine
    fonts-dejavu-core
    # tests: the schema check, a sound server with a null sink, recording tools,
    # pdftotext to read reports back, strace to prove no network connection is made
    python3 python3-jsonschema pulseaudio pulseaudio-utils sox dbus-daemon
    poppler-utils strace
    # benchmarks and screenshots in a real window
    xvfb xauth libgl1-mesa-dri
)

missing_packages() {
    local p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || echo "$p"
    done
}

install_packages() {
    local missing
    mapfile -t missing < <(missing_packages)
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing ${#missing[@]} missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "error: these packages are missing and installing them needs root or sudo:" >&2
            echo "  ${missing[*]}" >&2
            exit 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    "${sudo[@]}" apt-get update -q
    "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

if command -v dpkg-query >/dev/null 2>&1; then
    install_packages
else
    echo "note: not a Debian-based system; install Qt 6.4+ yourself (see README.md)" >&2
fi

if [ ! -f build/CMakeCache.txt ]; then
    cmake --preset default
fi
cmake --build --preset default
