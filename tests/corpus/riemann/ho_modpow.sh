#!/usr/bin/env bash
# expect: modular_arithmetic
# modular exponentiation by repeated squaring: modpow BASE EXP MOD
modpow() {
  local base=$(( $1 % $3 )) exp=$2 mod=$3 result=1
  while (( exp > 0 )); do
    if (( exp & 1 )); then
      result=$(( result * base % mod ))
    fi
    base=$(( base * base % mod ))
    exp=$(( exp >> 1 ))
  done
  echo "$result"
}

modpow 4 13 497
modpow 2 1000000 1000003
