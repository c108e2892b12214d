# expect: zeta_zeros, zeta_function
"""Print the first nontrivial zeros and check that zeta really vanishes there."""
from mpmath import mp, zetazero, zeta, nstr

mp.dps = 30


def first_zeros(count):
    out = []
    for n in range(1, count + 1):
        rho = zetazero(n)
        out.append(rho)
    return out


if __name__ == "__main__":
    zeros = first_zeros(15)
    for n, rho in enumerate(zeros, 1):
        residual = abs(zeta(rho))
        print(f"{n:3d}  t = {nstr(rho.imag, 20)}   |zeta(rho)| = {nstr(residual, 5)}")
    gaps = [float(b.imag - a.imag) for a, b in zip(zeros, zeros[1:])]
    print("mean gap", sum(gaps) / len(gaps))
