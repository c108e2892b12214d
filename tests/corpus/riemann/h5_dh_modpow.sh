#!/usr/bin/env bash
# expect: modular_arithmetic
# Toy Diffie-Hellman key agreement with square-and-multiply in shell arithmetic.
set -euo pipefail

modexp() {
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

p=2147483647   # 2^31 - 1
g=16807
a=$(( RANDOM * RANDOM % (p - 2) + 1 ))
b=$(( RANDOM * RANDOM % (p - 2) + 1 ))
A=$(modexp $g $a $p)
B=$(modexp $g $b $p)
echo "Alice sends $A, Bob sends $B"
echo "shared (Alice) = $(modexp "$B" $a $p)"
echo "shared (Bob)   = $(modexp "$A" $b $p)"
