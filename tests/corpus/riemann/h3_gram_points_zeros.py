# expect: riemann_siegel, zeta_zeros
from math import cos, log, pi, sqrt, floor


def theta(t):
    return t / 2 * log(t / (2 * pi)) - t / 2 - pi / 8 + 1 / (48 * t) + 7 / (5760 * t ** 3)


def Z(t):
    N = int(floor(sqrt(t / (2 * pi))))
    th = theta(t)
    s = sum(cos(th - t * log(n)) / sqrt(n) for n in range(1, N + 1))
    p = sqrt(t / (2 * pi)) - N
    rem = (-1) ** (N - 1) * (t / (2 * pi)) ** -0.25 * cos(2 * pi * (p * p - p - 1 / 16)) / cos(2 * pi * p)
    return 2 * s + rem


def find_zeros(t0, t1, step=0.05):
    zeros = []
    a, fa = t0, Z(t0)
    t = t0 + step
    while t < t1:
        fb = Z(t)
        if fa * fb < 0:
            lo, hi = t - step, t
            for _ in range(50):
                mid = (lo + hi) / 2
                if Z(lo) * Z(mid) <= 0:
                    hi = mid
                else:
                    lo = mid
            zeros.append((lo + hi) / 2)
        fa = fb
        t += step
    return zeros


for i, g in enumerate(find_zeros(10, 60), 1):
    print(f"zero #{i}: 1/2 + {g:.6f}i")
