# expect: zeta_function, critical_line
import numpy as np
import mpmath
import matplotlib.pyplot as plt

ts = np.linspace(0, 50, 2000)
vals = [abs(mpmath.zeta(mpmath.mpc(0.5, t))) for t in ts]

plt.plot(ts, vals, lw=0.8)
plt.xlabel("t")
plt.ylabel("|zeta(1/2 + it)|")
plt.title("Zeta along the critical line")
plt.savefig("critical.png", dpi=150)
