# expect: logarithmic_integral
import mpmath

for x in [10, 100, 1000, 10 ** 6]:
    print(x, mpmath.li(x), mpmath.li(x, offset=True))
