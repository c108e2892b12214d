#!/bin/sh
# expect: logarithmic_integral
# logarithmic integral li(x) by its power series in ln x
for x in 10 100 1000 10000 100000 1000000; do
  awk -v x="$x" 'BEGIN {
    g = 0.5772156649015329
    L = log(x); term = 1; s = 0
    for (k = 1; k <= 200; k++) { term *= L / k; s += term / k }
    printf "li(%d) = %.4f\n", x, g + log(L) + s
  }'
done
