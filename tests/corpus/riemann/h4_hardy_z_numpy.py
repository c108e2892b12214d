# expect: riemann_siegel, zeta_zeros
import numpy as np


def theta(t):
    return t / 2 * np.log(t / (2 * np.pi)) - t / 2 - np.pi / 8 + 1 / (48 * t) + 7 / (5760 * t ** 3)


def hardy_z(t):
    N = int(np.sqrt(t / (2 * np.pi)))
    n = np.arange(1, N + 1)
    main = 2 * np.sum(np.cos(theta(t) - t * np.log(n)) / np.sqrt(n))
    p = np.sqrt(t / (2 * np.pi)) - N
    c0 = np.cos(2 * np.pi * (p * p - p - 1 / 16)) / np.cos(2 * np.pi * p)
    return main + (-1) ** (N - 1) * (t / (2 * np.pi)) ** -0.25 * c0


ts = np.arange(10.0, 60.0, 0.01)
zs = np.array([hardy_z(t) for t in ts])
idx = np.where(np.sign(zs[:-1]) != np.sign(zs[1:]))[0]
for i in idx:
    a, b = ts[i], ts[i + 1]
    for _ in range(40):
        m = 0.5 * (a + b)
        if np.sign(hardy_z(m)) == np.sign(hardy_z(a)):
            a = m
        else:
            b = m
    print(f"zero near t = {0.5 * (a + b):.6f}")
