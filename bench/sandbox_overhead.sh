#!/usr/bin/env bash
# Sandbox overhead per run: sandboxed vs bare `python3 -c 'print(1)'`, interleaved in one process.
# Usage: bench/sandbox_overhead.sh [runs=200] [level=medium] [build_dir=build]
# Run as root for the full sandbox (cgroups, per-slot uids); as a normal user it measures the
# rootless mode.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-200}"
level="${2:-medium}"
build="${3:-build}"
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
cmake --build "$build" --target sandbox_overhead -j2 >/dev/null
exec "$build/tests/sandbox/sandbox_overhead" "$runs" "$level"
