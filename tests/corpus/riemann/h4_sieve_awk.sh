#!/usr/bin/env bash
# expect: prime_pattern
# print the primes up to N with an awk sieve of Eratosthenes
N=${1:-1000}
awk -v n="$N" 'BEGIN {
  for (i = 2; i <= n; i++) mark[i] = 1
  for (i = 2; i * i <= n; i++)
    if (mark[i])
      for (j = i * i; j <= n; j += i) mark[j] = 0
  line = ""
  for (i = 2; i <= n; i++) if (mark[i]) line = line i " "
  print line
}'
