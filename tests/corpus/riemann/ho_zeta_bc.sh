#!/bin/sh
# expect: zeta_function
# Approximate zeta(s) = sum 1/n^s with bc for integer s.
s=${1:-2}
terms=${2:-5000}
bc -l <<BC
scale=20
define zeta(s, n) {
  auto k, total
  total = 0
  for (k = 1; k <= n; k++) total += 1 / (k ^ s)
  return (total)
}
zeta($s, $terms)
BC
