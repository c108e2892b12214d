#!/bin/bash
# expect: zeta_function
# zeta(s) for integer s >= 2 with bc, partial sums plus integral tail
s=${1:-3}
terms=${2:-2000}
bc -l <<BC
scale = 20
define zeta(s, n) {
  auto k, sum
  sum = 0
  for (k = 1; k < n; k++) sum += 1 / k^s
  sum += 1 / ((s - 1) * n^(s - 1)) + 1 / (2 * n^s)
  return sum
}
print "zeta(", $s, ") = ", zeta($s, $terms), "\n"
BC
