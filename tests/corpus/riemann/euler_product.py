# expect: euler_product, prime_pattern
def primes_up_to(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = False
    return [i for i, p in enumerate(sieve) if p]


def euler_product(s, limit=10000):
    prod = 1.0
    for p in primes_up_to(limit):
        prod *= 1 / (1 - p ** -s)
    return prod


print(euler_product(2))
