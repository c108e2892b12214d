#!/usr/bin/env bash
# expect: prime_pattern
# print the primes below a limit using shell arithmetic only
limit=${1:-200}
for (( n = 2; n < limit; n++ )); do
  composite=0
  for (( d = 2; d * d <= n; d++ )); do
    if (( n % d == 0 )); then composite=1; break; fi
  done
  (( composite )) || printf '%d ' "$n"
done
echo
