# expect: euler_product, prime_pattern
import math
from sympy import primerange

def partial_product(s, bound):
    result = 1.0
    for p in primerange(2, bound):
        result /= 1.0 - p ** (-s)
    return result

target = math.pi ** 2 / 6
for bound in (10, 100, 1000, 10000, 100000):
    approx = partial_product(2, bound)
    print(bound, approx, target - approx)
