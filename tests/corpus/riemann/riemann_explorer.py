# expect: zeta_function, critical_line, zeta_zeros, riemann_siegel
import mpmath

mpmath.mp.dps = 25
for n in range(1, 6):
    rho = mpmath.zetazero(n)
    print(n, rho, mpmath.siegelz(rho.imag))
    print(abs(mpmath.zeta(mpmath.mpc(0.5, rho.imag))))
