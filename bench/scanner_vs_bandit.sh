#!/usr/bin/env bash
# Scanner benchmark and comparison with Debian's bandit on the same Python files
# (docs/PERFORMANCE.md "Scanner"). bandit (python3-bandit) is only needed here, not at run time:
#   apt-get install python3-bandit
# Usage: bench/scanner_vs_bandit.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build}
cmake --build "$BUILD" --target scanner_bench -j2 >/dev/null
BENCH=$(find "$BUILD" -name scanner_bench -type f -perm -u+x | head -n 1)
RULES=patterns/rules
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

echo "== riemann scanner: corpus, generated files, 5 KB latency (CPU time, one core)"
"$BENCH" "$RULES" tests/corpus

# Same Python files for both tools: the corpora plus a generated ~1 MB file.
mapfile -t PY < <(find tests/corpus -name '*.py' | sort)
python3 - "$WORK/large.py" "${PY[@]}" <<'PY'
import sys
out, files = sys.argv[1], sys.argv[2:]
# Whole files only, so that the result stays valid Python for bandit's ast parser.
parts, size = [], 0
while size < 1_000_000:
    for name in files:
        text = open(name).read() + "\n"
        parts.append(text)
        size += len(text)
with open(out, "w") as f:
    f.write("".join(parts))
PY
FILES=("${PY[@]}" "$WORK/large.py")
BYTES=$(cat "${FILES[@]}" | wc -c)
echo
echo "== same ${#FILES[@]} Python files ($BYTES bytes): riemann vs bandit"
/usr/bin/time -f "riemann process: %e s wall, %U s user (includes rule load)" \
  "$BENCH" "$RULES" --files "${FILES[@]}"
if command -v bandit >/dev/null 2>&1; then
  /usr/bin/time -f "bandit process:  %e s wall, %U s user" \
    bandit -q -f json -o "$WORK/bandit.json" "${FILES[@]}" || true
  python3 - "$WORK/bandit.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print(f"bandit: {len(d['results'])} issues")
PY
  echo
  echo "== agreement on the corpus files (bandit's flagged lines as reference)"
  "$BENCH" "$RULES" --list "${PY[@]}" > "$WORK/riemann.txt"
  bandit -q -f json -o "$WORK/bandit_corpus.json" "${PY[@]}" || true
  python3 - "$WORK/bandit_corpus.json" "$WORK/riemann.txt" <<'PY'
import json, sys
b = {(r["filename"], r["line_number"]) for r in json.load(open(sys.argv[1]))["results"]}
ours = set()
for line in open(sys.argv[2]):
    f, n, _ = line.rstrip("\n").rsplit(":", 2)
    ours.add((f, int(n)))
both = b & ours
print(f"lines flagged by bandit: {len(b)}, by riemann: {len(ours)}, by both: {len(both)}")
print(f"riemann finds {len(both) / max(len(b), 1):.1%} of bandit's lines")
for f, n in sorted(b - ours):
    print(f"  only bandit: {f}:{n}")
PY
else
  echo "bandit not installed (apt-get install python3-bandit) - comparison skipped"
fi
