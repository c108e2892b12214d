# expect: gamma_function
import numpy as np
from scipy import special

z = np.linspace(0.05, 0.95, 19)
lhs = special.gamma(z) * special.gamma(1 - z)
rhs = np.pi / np.sin(np.pi * z)
print("reflection max rel err:", np.max(np.abs(lhs / rhs - 1)))

# Legendre duplication formula
dup = special.gamma(z) * special.gamma(z + 0.5)
ref = 2 ** (1 - 2 * z) * np.sqrt(np.pi) * special.gamma(2 * z)
print("duplication max rel err:", np.max(np.abs(dup / ref - 1)))
print("Gamma(1/2)^2 =", special.gamma(0.5) ** 2, "pi =", np.pi)
print("log Gamma(100) =", special.gammaln(100.0))
