# expect: riemann_siegel
from math import pi, log, sqrt, cos, floor

def theta(t):
    # asymptotic expansion of the Riemann-Siegel theta function
    return t / 2 * log(t / (2 * pi)) - t / 2 - pi / 8 + 1 / (48 * t) + 7 / (5760 * t ** 3)

def hardy_Z(t):
    N = floor(sqrt(t / (2 * pi)))
    th = theta(t)
    main = 2 * sum(cos(th - t * log(n)) / sqrt(n) for n in range(1, N + 1))
    p = sqrt(t / (2 * pi)) - N
    C0 = cos(2 * pi * (p * p - p - 1 / 16)) / cos(2 * pi * p)
    rem = (-1) ** (N - 1) * (t / (2 * pi)) ** (-0.25) * C0
    return main + rem

for t in range(10, 60, 5):
    print(t, round(hardy_Z(t), 6))
