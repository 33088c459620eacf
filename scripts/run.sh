#!/usr/bin/env bash
# Sets up, builds and launches Unknot. Arguments are passed on to the app.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
scripts/setup.sh
exec build/unknot "$@"
