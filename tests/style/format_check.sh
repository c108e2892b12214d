#!/usr/bin/env bash
# House style 8: every C++ file of ours is clang-formatted (.clang-format at the top). The
# corpora under tests/corpus are other people's style on purpose (test data), so they are not.
set -euo pipefail
cd "$(dirname "$0")/../.."
mapfile -t files < <(git ls-files '*.cpp' '*.hpp' '*.h' '*.cc' | grep -v '^tests/corpus/')
[ "${#files[@]}" -gt 0 ] || { echo "format_check: no sources found" >&2; exit 1; }
if ! clang-format --dry-run -Werror "${files[@]}"; then
  echo "format_check: run clang-format -i on the files above" >&2
  exit 1
fi
echo "format_check: ${#files[@]} files formatted"
