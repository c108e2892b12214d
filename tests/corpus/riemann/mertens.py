# expect: mobius_function
from sympy import mobius

def mertens(x):
    return sum(mobius(n) for n in range(1, x + 1))

print([mertens(10 ** k) for k in range(1, 5)])
