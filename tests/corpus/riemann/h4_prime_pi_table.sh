#!/usr/bin/env bash
# expect: prime_counting, prime_pattern
# table of pi(x) for x = 10 .. 10^6 using one awk sieve
awk 'BEGIN {
  n = 1000000
  for (i = 2; i * i <= n; i++)
    if (!c[i]) for (j = i * i; j <= n; j += i) c[j] = 1
  cnt = 0; next_x = 10
  for (i = 2; i <= n; i++) {
    if (!c[i]) cnt++
    if (i == next_x) { printf "pi(%d) = %d\n", i, cnt; next_x *= 10 }
  }
}'
