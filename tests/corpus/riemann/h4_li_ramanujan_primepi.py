# expect: logarithmic_integral, prime_counting
import math
from sympy import primepi

EULER_GAMMA = 0.5772156649015329


def li(x, terms=100):
    """Ramanujan's faster-converging series for the logarithmic integral."""
    L = math.log(x)
    total = 0.0
    fact = 1.0
    for n in range(1, terms):
        fact *= n
        inner = sum(1.0 / (2 * k + 1) for k in range((n - 1) // 2 + 1))
        total += ((-1) ** (n - 1)) * L ** n / (fact * 2 ** (n - 1)) * inner
    return EULER_GAMMA + math.log(L) + math.sqrt(x) * total


for e in range(2, 10):
    x = 10 ** e
    pi = int(primepi(x))
    print(f"10^{e}: pi={pi:>10}  li={li(x):14.1f}  li-pi={li(x) - pi:10.1f}")
