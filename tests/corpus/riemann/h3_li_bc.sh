#!/bin/bash
# expect: logarithmic_integral
# li(x) via the series li(x) = gamma + ln(ln x) + sum_{k>=1} (ln x)^k / (k * k!)
for x in 100 1000 10000 100000 1000000; do
  li=$(echo "
    scale = 30
    lx = l($x)
    term = 1; sum = 0
    for (k = 1; k <= 120; k++) { term = term * lx / k; sum = sum + term / k }
    0.5772156649015328606 + l(lx) + sum
  " | bc -l)
  printf 'li(%s) = %.4f\n' "$x" "$li"
done
