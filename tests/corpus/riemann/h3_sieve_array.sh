#!/usr/bin/env bash
# expect: prime_pattern
# Sieve of Eratosthenes in pure bash
limit=${1:-100}
declare -a is_prime
for ((i = 2; i <= limit; i++)); do is_prime[i]=1; done
for ((i = 2; i * i <= limit; i++)); do
  if ((is_prime[i])); then
    for ((j = i * i; j <= limit; j += i)); do is_prime[j]=0; done
  fi
done
primes=()
for ((i = 2; i <= limit; i++)); do
  ((is_prime[i])) && primes+=("$i")
done
echo "${primes[@]}"
