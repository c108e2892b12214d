#!/usr/bin/env bash
# expect: prime_counting, prime_pattern
# pi(x) for powers of ten using coreutils factor
set -euo pipefail
for k in 1 2 3 4 5 6; do
  x=$((10 ** k))
  pi=$(seq 2 "$x" | factor | awk 'NF == 2' | wc -l)
  printf 'pi(10^%d) = %d\n' "$k" "$pi"
done
