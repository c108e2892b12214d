# expect: von_mangoldt, prime_pattern
import math
from sympy import factorint

def mangoldt(n):
    f = factorint(n)
    if len(f) == 1:
        (p, _), = f.items()
        return math.log(p)
    return 0.0

def chebyshev_psi(x):
    return sum(mangoldt(n) for n in range(2, x + 1))

for x in (10, 100, 1000):
    print(x, chebyshev_psi(x))
