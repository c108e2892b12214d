# expect: riemann_siegel
import math

def siegel_theta(t):
    return t / 2 * math.log(t / (2 * math.pi)) - t / 2 - math.pi / 8 + 1 / (48 * t)

def riemann_siegel_z(t):
    n = int(math.sqrt(t / (2 * math.pi)))
    th = siegel_theta(t)
    return 2 * sum(math.cos(th - t * math.log(k)) / math.sqrt(k) for k in range(1, n + 1))

print(riemann_siegel_z(14.0), riemann_siegel_z(15.0))
