# expect: von_mangoldt, prime_pattern
import math

def smallest_factor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            return d
        d += 1
    return n

def Lambda(n):
    """Von Mangoldt function: log p if n = p^k, else 0."""
    if n < 2:
        return 0.0
    p = smallest_factor(n)
    m = n
    while m % p == 0:
        m //= p
    return math.log(p) if m == 1 else 0.0

def psi(x):
    return sum(Lambda(n) for n in range(2, int(x) + 1))

for x in (10, 100, 1000, 10000):
    print(x, psi(x), psi(x) / x)
