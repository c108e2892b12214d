# expect: riemann_siegel
from mpmath import siegelz, siegeltheta

for t in range(10, 20):
    print(t, siegelz(t), siegeltheta(t))
