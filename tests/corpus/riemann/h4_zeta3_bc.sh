#!/bin/bash
# expect: zeta_function
# Apery's constant zeta(3) to 30 digits with bc: partial sum plus Euler-Maclaurin tail
bc -l <<'BC'
scale = 40
define zeta(s, n) {
  auto k, sum
  sum = 0
  for (k = 1; k < n; k++) sum += 1 / k^s
  sum += 1 / ((s - 1) * n^(s - 1)) + 1 / (2 * n^s) + s / (12 * n^(s + 1))
  return (sum)
}
zeta(3, 2000)
zeta(2, 2000)
BC
