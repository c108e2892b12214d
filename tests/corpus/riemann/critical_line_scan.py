# expect: zeta_function, critical_line
from mpmath import zeta

def scan(t0, t1, step=0.1):
    t = t0
    while t < t1:
        s = 0.5 + 1j * t
        yield t, abs(zeta(s))
        t += step

for t, v in scan(10, 30):
    if v < 0.05:
        print("near zero at", t)
