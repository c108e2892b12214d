# expect: riemann_siegel, zeta_zeros
import mpmath

def find_zeta_zeros(t_max, step=0.05):
    zeros = []
    t = 10.0
    prev = mpmath.siegelz(t)
    while t < t_max:
        t += step
        cur = mpmath.siegelz(t)
        if prev * cur < 0:
            zeros.append(mpmath.findroot(mpmath.siegelz, t))
        prev = cur
    return zeros

print(find_zeta_zeros(50))
