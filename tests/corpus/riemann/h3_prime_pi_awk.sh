#!/bin/sh
# expect: prime_counting, prime_pattern
# print pi(x), the number of primes <= x, for powers of ten
awk -v max="${1:-1000000}" 'BEGIN {
  for (i = 2; i <= max; i++) c[i] = 0
  count = 0; next_report = 10
  for (i = 2; i <= max; i++) {
    if (!c[i]) {
      count++
      for (j = i * i; j <= max; j += i) c[j] = 1
    }
    if (i == next_report) { printf "pi(%d) = %d\n", i, count; next_report *= 10 }
  }
}'
