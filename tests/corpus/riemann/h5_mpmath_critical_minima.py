# expect: zeta_function, critical_line, zeta_zeros
"""Scan |zeta(1/2 + it)| for t in [0, 50], report local minima and compare them
with the ordinates mpmath knows."""
import mpmath

mpmath.mp.dps = 20


def modulus_on_line(t):
    return abs(mpmath.zeta(mpmath.mpc(0.5, t)))


def local_minima(lo, hi, step):
    ts = [lo + k * step for k in range(int((hi - lo) / step) + 1)]
    vals = [modulus_on_line(t) for t in ts]
    out = []
    for i in range(1, len(vals) - 1):
        if vals[i] < vals[i - 1] and vals[i] < vals[i + 1] and vals[i] < 0.3:
            out.append(ts[i])
    return out


if __name__ == "__main__":
    mins = local_minima(1.0, 50.0, 0.05)
    for n, t in enumerate(mins, start=1):
        exact = mpmath.zetazero(n)
        print(f"{n:2d}  scan {t:8.3f}   zetazero {mpmath.nstr(exact.imag, 12)}")
