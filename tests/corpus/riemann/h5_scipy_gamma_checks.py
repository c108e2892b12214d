# expect: gamma_function
import numpy as np
from scipy import special

x = np.linspace(0.1, 0.9, 9)

# Euler's reflection formula: Gamma(x) Gamma(1-x) = pi / sin(pi x)
lhs = special.gamma(x) * special.gamma(1 - x)
rhs = np.pi / np.sin(np.pi * x)
print("reflection max err:", np.max(np.abs(lhs - rhs)))

# Legendre duplication: Gamma(z) Gamma(z + 1/2) = 2^(1-2z) sqrt(pi) Gamma(2z)
z = np.array([0.3, 1.7, 4.2])
dup = special.gamma(z) * special.gamma(z + 0.5)
print(np.allclose(dup, 2 ** (1 - 2 * z) * np.sqrt(np.pi) * special.gamma(2 * z)))

# Gamma(n) == (n-1)! via the log-gamma to avoid overflow
n = np.arange(1, 30)
print(np.allclose(special.gammaln(n), np.cumsum(np.log(np.maximum(n - 1, 1)))))
