#!/bin/bash
# expect: riemann_siegel
# Riemann-Siegel theta(t) and Z(t) main sum in bc
for t in 14 14.1347 20 21.022 25.0108; do
  echo "t=$t Z=$(bc -l <<EOF2
pi = 4*a(1)
t = $t
th = t/2*l(t/(2*pi)) - t/2 - pi/8 + 1/(48*t) + 7/(5760*t^3)
m = sqrt(t/(2*pi))
scale = 0
n = m/1
scale = 20
z = 0
for (k = 1; k <= n; k++) z += c(th - t*l(k)) / sqrt(k)
2*z
EOF2
)"
done
