# expect: zeta_function, gamma_function
"""Check the functional equation of the zeta function numerically."""
from scipy.special import zeta, gamma
import numpy as np


def chi(s):
    return 2 ** s * np.pi ** (s - 1) * np.sin(np.pi * s / 2) * gamma(1 - s)


for s in (-3.5, -1.5, -0.5):
    lhs = zeta(s) if s > 1 else None
    rhs = chi(s) * zeta(1 - s, 1)
    print(s, rhs)

for s in np.linspace(2, 6, 5):
    print(s, zeta(s, 1), np.sum(1.0 / np.arange(1, 200000) ** s))
