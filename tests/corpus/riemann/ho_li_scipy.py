# expect: logarithmic_integral
import numpy as np
from scipy.special import expi

def li(x):
    return expi(np.log(x))

def Li(x):
    return li(x) - li(2.0)

xs = np.logspace(1, 9, 9)
for x in xs:
    print(f"{x:12.0f} li={li(x):16.3f} Li={Li(x):16.3f}")
