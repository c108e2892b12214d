# expect: zeta_function, critical_line, zeta_zeros
import cmath


def eta(s, terms=20000):
    # Dirichlet eta, averaged partial sums to speed convergence
    partial, prev = 0j, 0j
    for n in range(1, terms + 1):
        prev = partial
        partial += (-1) ** (n + 1) * cmath.exp(-s * cmath.log(n))
    return (partial + prev) / 2


def zeta(s):
    return eta(s) / (1 - 2 ** (1 - s))


for t in (0.0, 5.0, 10.0, 14.134725, 20.0, 21.02204):
    s = complex(0.5, t)
    print(f"t={t:10.6f}  |zeta(1/2+it)| = {abs(zeta(s)):.6f}")
