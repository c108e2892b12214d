#!/bin/bash
# expect: gamma_function
# Gamma(x) for the arguments given on the command line (Stirling series after shifting).
printf '%s\n' "${@:-0.5 1 2.5 5 10}" | tr ' ' '\n' | awk '
function lngamma(x,    s, t) {
    s = 0
    while (x < 8) { s -= log(x); x++ }
    t = 1 / (x * x)
    return s + (x - 0.5) * log(x) - x + 0.918938533204672742 + (1/12 - t * (1/360 - t / 1260)) / x
}
function gam(x) {
    if (x < 0.5) return 3.141592653589793 / (sin(3.141592653589793 * x) * gam(1 - x))
    return exp(lngamma(x))
}
NF { printf "Gamma(%s) = %.12g\n", $1, gam($1) }'
