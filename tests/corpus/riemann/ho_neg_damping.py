# expect: none
"""Step response of a second-order system with natural frequency omega_n and damping ratio zeta."""
import numpy as np
from scipy import signal

omega_n = 2.0
for zeta in (0.1, 0.5, 0.707, 1.0, 2.0):
    sys = signal.TransferFunction([omega_n ** 2], [1, 2 * zeta * omega_n, omega_n ** 2])
    t, y = signal.step(sys, T=np.linspace(0, 10, 500))
    overshoot = (y.max() - 1.0) * 100 if zeta < 1 else 0.0
    print(f"zeta={zeta:5.3f} overshoot={overshoot:6.2f}%")
