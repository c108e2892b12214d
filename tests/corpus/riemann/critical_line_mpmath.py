# expect: zeta_function, critical_line
import mpmath

for t in range(10, 40):
    s = mpmath.mpc(0.5, t)
    print(t, abs(mpmath.zeta(s)))
