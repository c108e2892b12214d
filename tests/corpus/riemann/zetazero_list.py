# expect: zeta_zeros
import mpmath

for n in range(1, 11):
    rho = mpmath.zetazero(n)
    print(n, rho.imag)
