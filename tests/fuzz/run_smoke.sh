#!/usr/bin/env bash
# Builds the request-parsing fuzz target with clang + libFuzzer (ASan, UBSan) and runs it.
# Usage: run_smoke.sh BUILD_DIR [--runs N]   (N = 0: run until stopped; default: a short smoke)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="${1:?build dir}"
runs=20000
if [ "${2:-}" = "--runs" ]; then runs="${3:?}"; fi
mkdir -p "$out"
clangxx="$(command -v clang++ || command -v clang++-14)"
sources=(
  "$here/request_parsing_fuzz.cpp"
  "$root/net/execute_request.cpp" "$root/net/base64.cpp" "$root/net/api_error.cpp" "$root/net/url.cpp"
  "$root/config/units.cpp" "$root/config/loader.cpp" "$root/config/languages.cpp" "$root/config/log.cpp"
)
if [ ! -x "$out/request_parsing_fuzz" ] || [ -n "$(find "${sources[@]}" "$root/net" "$root/config" -newer "$out/request_parsing_fuzz" | head -1)" ]; then
  "$clangxx" -std=c++20 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined \
    -DRIEMANN_VERSION='"fuzz"' -DRIEMANN_SHARE_DIR="\"$root\"" -DBOOST_ASIO_NO_DEPRECATED \
    -I "$root" "${sources[@]}" -lboost_json -lcrypto -o "$out/request_parsing_fuzz"
fi
mkdir -p "$out/fuzz-corpus"
exec "$out/request_parsing_fuzz" -runs="$runs" -max_len=4096 -timeout=10 -rss_limit_mb=1024 \
  "$out/fuzz-corpus" "$here/corpus"
