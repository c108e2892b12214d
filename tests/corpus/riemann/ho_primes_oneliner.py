# expect: prime_pattern
primes = [n for n in range(2, 200) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print(len(primes), "primes below 200")
