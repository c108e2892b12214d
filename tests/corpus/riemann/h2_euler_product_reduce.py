# expect: euler_product, zeta_function, prime_pattern
from functools import reduce
from operator import mul
from sympy import primerange
import math

s = 2
partial = reduce(mul, (1 / (1 - p ** -s) for p in primerange(2, 10000)), 1.0)
print(partial, math.pi ** 2 / 6)
