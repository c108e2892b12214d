#!/bin/sh
# expect: zeta_function
# partial sums of sum 1/n^s with bc at high precision
S=${1:-2}
TERMS=${2:-100000}
bc -l <<EOF2
scale = 30
s = $S
z = 0
for (n = 1; n <= $TERMS; n++) {
  z = z + 1 / e(s * l(n))
}
print "zeta(", s, ") ~ ", z, "\n"
print "pi^2/6 = ", (4*a(1))^2/6, "\n"
EOF2
