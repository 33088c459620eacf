#!/usr/bin/env bash
# Cue onset latency of `unknot --play` over a 2.5-minute routine played in real
# time, against paplay playing the same tone (docs/audio.md). Takes 3 minutes.
#
#     bench/audio/run.sh [BUILD_DIR] [--voice]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build=${1:-build}
cmake --build "$build" --target audio_latency
exec "$build/bench/audio/audio_latency" "${@:2}"
