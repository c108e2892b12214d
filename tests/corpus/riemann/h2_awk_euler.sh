#!/bin/sh
# expect: euler_product, prime_pattern
# prod over p of 1/(1 - p^-s), compared with the series
awk -v s=2 -v lim=100000 'BEGIN {
  prod = 1
  for (n = 2; n <= lim; n++) {
    if (c[n]) continue
    for (m = n * n; m <= lim; m += n) c[m] = 1
    prod *= 1 / (1 - n ^ (-s))
  }
  printf "euler product %.12f  pi^2/6 %.12f\n", prod, (atan2(0, -1) ^ 2) / 6
}'
