# expect: prime_counting, logarithmic_integral, prime_pattern
import math
import mpmath
import sympy

for exp in range(2, 7):
    x = 10 ** exp
    count = len(list(sympy.primerange(2, x)))
    print(x, count, x / math.log(x), mpmath.li(x))
