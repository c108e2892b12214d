# expect: riemann_siegel, zeta_zeros
import math


def theta(t):
    return t / 2 * math.log(t / (2 * math.pi)) - t / 2 - math.pi / 8 + 1 / (48 * t) + 7 / (5760 * t ** 3)


def Z(t):
    a = math.sqrt(t / (2 * math.pi))
    N = int(a)
    p = a - N
    th = theta(t)
    main = 2 * sum(math.cos(th - t * math.log(n)) / math.sqrt(n) for n in range(1, N + 1))
    c0 = math.cos(2 * math.pi * (p * p - p - 1 / 16)) / math.cos(2 * math.pi * p)
    return main + (-1) ** (N - 1) * a ** -0.5 * c0


def bisect(f, lo, hi, tol=1e-10):
    flo = f(lo)
    while hi - lo > tol:
        mid = (lo + hi) / 2
        fm = f(mid)
        if (fm > 0) == (flo > 0):
            lo, flo = mid, fm
        else:
            hi = mid
    return (lo + hi) / 2


roots = []
t, step = 10.0, 0.05
prev = Z(t)
while t < 60:
    nxt = Z(t + step)
    if prev * nxt < 0:
        roots.append(bisect(Z, t, t + step))
    t += step
    prev = nxt
print(roots)
