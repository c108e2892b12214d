#!/bin/sh
# expect: prime_pattern
# primes below 200 with coreutils: a number is prime when factor prints exactly one factor
seq 2 200 | factor | awk 'NF == 2 { printf "%s ", $2 } END { print "" }'
# and the twin primes among them
seq 2 200 | factor | awk 'NF == 2 { if ($2 - last == 2) print last, $2; last = $2 }'
