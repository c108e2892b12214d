# expect: von_mangoldt, prime_pattern
import math


def smallest_factor(n):
    if n % 2 == 0:
        return 2
    f = 3
    while f * f <= n:
        if n % f == 0:
            return f
        f += 2
    return n


def Lambda(n):
    """log p if n is a power of the prime p, else 0"""
    if n < 2:
        return 0.0
    p = smallest_factor(n)
    while n % p == 0:
        n //= p
    return math.log(p) if n == 1 else 0.0


def psi(x):
    return sum(Lambda(n) for n in range(2, int(x) + 1))


for x in (10, 100, 1000, 10000):
    print(f"psi({x}) = {psi(x):.3f}   psi(x)/x = {psi(x)/x:.4f}")
