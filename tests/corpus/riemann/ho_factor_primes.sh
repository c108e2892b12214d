#!/bin/bash
# expect: prime_pattern
# list primes in a range: a number is prime when `factor` prints only itself
start=${1:-2}
end=${2:-200}
seq "$start" "$end" | factor | awk 'NF == 2 { sub(":", "", $1); print $1 }' | paste -sd' '
