#!/bin/bash
# expect: none
# Summarise request latencies (ms, one per line) from an access log: mean, stddev,
# geometric mean and an exponentially weighted moving average.
LOG=${1:-/var/log/app/latency.log}
awk '
$1 ~ /^[0-9.]+$/ {
    n++
    x = $1
    sum += x; sumsq += x * x; logsum += log(x + 1e-9)
    ewma = (n == 1) ? x : 0.9 * ewma + 0.1 * x
    if (n % 1000 == 0) printf "after %d: ewma=%.2f\n", n, ewma
}
END {
    if (n == 0) { print "no data"; exit 1 }
    mu = sum / n
    sigma = sqrt(sumsq / n - mu * mu)
    printf "n=%d mean=%.2f sd=%.2f geo=%.2f ewma=%.2f\n", n, mu, sigma, exp(logsum / n), ewma
}' "$LOG"
