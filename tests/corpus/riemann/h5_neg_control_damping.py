# expect: none
"""Step response of a second-order system: poles at -zeta*wn +/- j*wn*sqrt(1-zeta^2)."""
import cmath
import math


def poles(zeta, wn):
    d = cmath.sqrt(zeta * zeta - 1)
    return (-zeta * wn + wn * d, -zeta * wn - wn * d)


def step_response(zeta, wn, t):
    wd = wn * math.sqrt(1 - zeta**2)
    phi = math.acos(zeta)
    return 1 - math.exp(-zeta * wn * t) / math.sqrt(1 - zeta**2) * math.sin(wd * t + phi)


for zeta in (0.1, 0.5, 0.707):
    p1, p2 = poles(zeta, 2.0)
    overshoot = math.exp(-math.pi * zeta / math.sqrt(1 - zeta**2)) * 100
    print(f"zeta={zeta:.3f} poles={p1:.3f},{p2:.3f} overshoot={overshoot:.1f}%")
    print("  y(1.0) =", round(step_response(zeta, 2.0, 1.0), 4))
