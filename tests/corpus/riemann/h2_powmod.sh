#!/usr/bin/env bash
# expect: modular_arithmetic
# modular exponentiation by repeated squaring: powmod base exp mod
powmod() {
  local base=$1 exp=$2 mod=$3 result=1
  base=$(( base % mod ))
  while (( exp > 0 )); do
    if (( exp & 1 )); then
      result=$(( result * base % mod ))
    fi
    base=$(( base * base % mod ))
    exp=$(( exp >> 1 ))
  done
  echo "$result"
}

powmod 4 13 497
powmod 2 100 1000000007
# Fermat check: a^(p-1) == 1 mod p
p=101
for a in 2 3 5 7; do
  echo "$a^($p-1) mod $p = $(powmod "$a" $((p - 1)) "$p")"
done
