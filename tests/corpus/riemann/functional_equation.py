# expect: zeta_function, gamma_function
import mpmath

def chi(s):
    return 2 ** s * mpmath.pi ** (s - 1) * mpmath.sin(mpmath.pi * s / 2) * mpmath.gamma(1 - s)

s = mpmath.mpf(-3)
print(mpmath.zeta(s), chi(s) * mpmath.zeta(1 - s))
