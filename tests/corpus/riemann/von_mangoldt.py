# expect: von_mangoldt, prime_pattern
import math

def smallest_prime_factor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            return d
        d += 1
    return n


def von_mangoldt(n):
    if n < 2:
        return 0.0
    p = smallest_prime_factor(n)
    while n % p == 0:
        n //= p
    return math.log(p) if n == 1 else 0.0


print([round(von_mangoldt(n), 3) for n in range(1, 20)])
