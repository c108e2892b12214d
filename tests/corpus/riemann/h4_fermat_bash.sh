#!/usr/bin/env bash
# expect: modular_arithmetic, prime_pattern
# Fermat probable-prime test with shell arithmetic square-and-multiply
powmod() {
  local b=$(( $1 % $3 )) e=$2 m=$3 r=1
  while (( e > 0 )); do
    (( e & 1 )) && r=$(( r * b % m ))
    b=$(( b * b % m ))
    e=$(( e >> 1 ))
  done
  echo "$r"
}

is_probable_prime() {
  local n=$1
  (( n < 4 )) && { (( n >= 2 )); return; }
  for a in 2 3 5 7; do
    (( a % n == 0 )) && continue
    [[ $(powmod "$a" $(( n - 1 )) "$n") -ne 1 ]] && return 1
  done
  return 0
}

for n in $(seq 2 200); do
  is_probable_prime "$n" && printf '%d ' "$n"
done
echo
