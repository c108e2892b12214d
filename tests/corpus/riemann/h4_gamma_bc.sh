#!/bin/bash
# expect: gamma_function
# Gamma(x) with the Stirling series after shifting the argument (bc -l)
gamma() {
  bc -l <<EOF2
define lngamma(x) {
  auto a
  a = 0
  while (x < 10) { a = a - l(x); x = x + 1 }
  return (a + (x - 0.5)*l(x) - x + 0.5*l(8*a(1)) + 1/(12*x) - 1/(360*x^3) + 1/(1260*x^5))
}
e(lngamma($1))
EOF2
}
for x in 0.5 1 1.5 2 2.5 5 7.25; do
  printf 'Gamma(%s) = %s\n' "$x" "$(gamma "$x")"
done
