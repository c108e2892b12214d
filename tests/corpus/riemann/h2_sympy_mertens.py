# expect: mobius_function
from sympy import mobius
from sympy.ntheory import factorint
import math


def mertens(n):
    total = 0
    for k in range(1, n + 1):
        total += mobius(k)
    return total


def squarefree_fraction(n):
    sf = sum(1 for k in range(1, n + 1) if mobius(k) != 0)
    return sf / n


if __name__ == "__main__":
    for n in (10, 100, 1000, 10000):
        m = mertens(n)
        print(n, m, abs(m) / math.sqrt(n))
    print("density of squarefree numbers", squarefree_fraction(20000), 6 / math.pi ** 2)
