#!/usr/bin/env bash
# Installs missing system packages, configures and builds everything into build/.
# Used by run.sh and test.sh; works from any current directory.
set -euo pipefail

cd -P "$(dirname "${BASH_SOURCE[0]}")/.."

scripts/deps.sh
# Configuring an already configured tree takes a moment; always doing it keeps the logic simple.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"
