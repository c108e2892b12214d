# expect: prime_counting
from sympy import primepi

for k in range(1, 8):
    print(10 ** k, primepi(10 ** k))
