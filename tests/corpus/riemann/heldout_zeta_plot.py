# expect: zeta_function, critical_line
# Held-out positive: |zeta(1/2 + it)| along the critical line with mpmath.
from mpmath import mp, zeta, mpc

mp.dps = 20
values = [(t / 10, abs(zeta(mpc(0.5, t / 10)))) for t in range(0, 400)]
low = [t for t, v in values if v < 0.1]
print(low)
