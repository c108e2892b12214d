#!/bin/bash
# expect: modular_arithmetic
# modular exponentiation by repeated squaring: modexp base exponent modulus
modexp() {
  local base=$1 exp=$2 mod=$3 result=1
  base=$((base % mod))
  while ((exp > 0)); do
    if ((exp & 1)); then
      result=$((result * base % mod))
    fi
    base=$((base * base % mod))
    exp=$((exp >> 1))
  done
  echo "$result"
}

modexp 4 13 497
modexp 2 100 1000000007
# Fermat's little theorem: a^(p-1) = 1 mod p
modexp 3 $((101 - 1)) 101
