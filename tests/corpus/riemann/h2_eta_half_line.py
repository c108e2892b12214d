# expect: critical_line, zeta_function, zeta_zeros
import cmath

SIGMA = 0.5
TERMS = 20000


def eta(s, terms=TERMS):
    acc = 0j
    for n in range(1, terms + 1):
        acc += (-1) ** (n - 1) * cmath.exp(-s * cmath.log(n))
    return acc


def zeta_from_eta(s):
    return eta(s) / (1 - 2 ** (1 - s))


for t in [10.0, 14.0, 14.1347, 20.0, 21.022]:
    s = SIGMA + 1j * t
    print(t, abs(zeta_from_eta(s)))
