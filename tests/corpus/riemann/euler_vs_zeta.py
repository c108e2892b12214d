# expect: euler_product, zeta_function, prime_pattern
import math
import mpmath
from sympy import primerange

s = 3
product = math.prod(1 / (1 - p ** (-s)) for p in primerange(2, 5000))
print(product, mpmath.zeta(s))
