# expect: zeta_zeros, zeta_function, critical_line
from mpmath import mp, mpf, mpc, zeta

mp.dps = 25
ORDINATES = [
    "14.134725141734693790",
    "21.022039638771554993",
    "25.010857580145688763",
    "30.424876125859513210",
    "32.935061587739189691",
]

for g in ORDINATES:
    s = mpc(mpf(1) / 2, mpf(g))
    print(g, abs(zeta(s)))
