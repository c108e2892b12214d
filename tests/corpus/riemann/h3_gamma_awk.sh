#!/bin/sh
# expect: gamma_function
# Gamma function table with awk using the Lanczos approximation (g = 5)
awk 'function gamma(x,   ser, tmp, j, y) {
  split("76.18009172947146 -86.50532032941677 24.01409824083091 -1.231739572450155 0.1208650973866179e-2 -0.5395239384953e-5", cof, " ")
  y = x; tmp = x + 5.5
  tmp -= (x + 0.5) * log(tmp)
  ser = 1.000000000190015
  for (j = 1; j <= 6; j++) ser += cof[j] / ++y
  return exp(-tmp + log(2.5066282746310005 * ser / x))
}
BEGIN { for (x = 0.5; x <= 6; x += 0.5) printf "Gamma(%.1f) = %.10f\n", x, gamma(x) }'
