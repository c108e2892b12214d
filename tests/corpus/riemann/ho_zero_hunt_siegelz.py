# expect: riemann_siegel, zeta_zeros
from mpmath import mp, siegelz, findroot

mp.dps = 20

def bracket_zeros(t0, t1, step=0.05):
    out = []
    t = t0
    prev = siegelz(t)
    while t < t1:
        t_next = t + step
        cur = siegelz(t_next)
        if prev * cur < 0:
            out.append(findroot(siegelz, (t, t_next), solver="bisect"))
        prev, t = cur, t_next
    return out

for z in bracket_zeros(10, 40):
    print(z)
