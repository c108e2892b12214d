#!/bin/bash
# expect: prime_pattern
# print the primes up to N using trial division
N=${1:-100}
for ((n = 2; n <= N; n++)); do
  prime=1
  for ((d = 2; d * d <= n; d++)); do
    if (( n % d == 0 )); then
      prime=0
      break
    fi
  done
  (( prime )) && printf '%d ' "$n"
done
echo
