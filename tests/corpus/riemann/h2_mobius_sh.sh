#!/usr/bin/env bash
# expect: mobius_function, prime_pattern
# Moebius function mu(n) via trial division, and the Mertens function
mu() {
  local n=$1 p=2 k=0
  while (( p * p <= n )); do
    if (( n % p == 0 )); then
      n=$(( n / p ))
      (( n % p == 0 )) && { echo 0; return; }
      k=$(( k + 1 ))
    fi
    p=$(( p + 1 ))
  done
  (( n > 1 )) && k=$(( k + 1 ))
  (( k % 2 )) && echo -1 || echo 1
}

M=0
for i in $(seq 1 100); do
  M=$(( M + $(mu "$i") ))
done
echo "M(100) = $M"
