# expect: zeta_function
import mpmath

mpmath.mp.dps = 30
for s in (2, 3, 4, 0.5):
    print(s, mpmath.zeta(s))
