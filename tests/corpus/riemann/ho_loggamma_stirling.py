# expect: gamma_function
import math

# Stirling series coefficients B_{2k} / (2k (2k-1))
_COEF = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188]

def log_gamma(x):
    """ln Gamma(x) for x > 0 using recurrence up to x >= 10 then the Stirling series."""
    shift = 0.0
    while x < 10:
        shift -= math.log(x)
        x += 1
    s = (x - 0.5) * math.log(x) - x + 0.5 * math.log(2 * math.pi)
    xp = x
    for c in _COEF:
        s += c / xp
        xp *= x * x
    return s + shift

def gamma(x):
    return math.exp(log_gamma(x))

for v in (0.5, 1, 2.5, 5, 7.3):
    print(v, gamma(v))
