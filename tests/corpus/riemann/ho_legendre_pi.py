# expect: prime_counting, prime_pattern
from functools import lru_cache
from math import isqrt

def small_primes(limit):
    flags = bytearray([1]) * (limit + 1)
    flags[0:2] = b"\x00\x00"
    for i in range(2, isqrt(limit) + 1):
        if flags[i]:
            flags[i * i :: i] = bytearray(len(flags[i * i :: i]))
    return [i for i in range(limit + 1) if flags[i]]

def prime_pi(x):
    """Legendre's formula pi(x) = phi(x, a) + a - 1 with a = pi(sqrt x)."""
    if x < 2:
        return 0
    ps = small_primes(isqrt(x))
    a = len(ps)

    @lru_cache(maxsize=None)
    def phi(y, b):
        if b == 0:
            return y
        return phi(y, b - 1) - phi(y // ps[b - 1], b - 1)

    return phi(x, a) + a - 1

for k in range(1, 8):
    print(10 ** k, prime_pi(10 ** k))
