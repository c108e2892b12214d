# expect: von_mangoldt, prime_pattern
import math
from sympy import primerange


def chebyshev_theta(x):
    return sum(math.log(p) for p in primerange(2, x + 1))


def chebyshev_psi(x):
    total = 0.0
    for p in primerange(2, x + 1):
        pk = p
        while pk <= x:
            total += math.log(p)
            pk *= p
    return total


for x in (10, 100, 1000, 10 ** 4, 10 ** 5, 10 ** 6):
    psi = chebyshev_psi(x)
    print(f"x={x:>8}  psi={psi:14.3f}  theta={chebyshev_theta(x):14.3f}  psi/x={psi / x:.5f}")
