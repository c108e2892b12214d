#!/usr/bin/env bash
# expect: prime_pattern
# usage: ./isprime.sh 97 100 7919
is_prime() {
    local n=$1 i
    (( n < 2 )) && return 1
    (( n < 4 )) && return 0
    (( n % 2 == 0 )) && return 1
    for (( i = 3; i * i <= n; i += 2 )); do
        (( n % i == 0 )) && return 1
    done
    return 0
}

for arg in "${@:-97 100 7919}"; do
    for n in $arg; do
        if is_prime "$n"; then
            echo "$n is prime"
        else
            echo "$n is composite"
        fi
    done
done
