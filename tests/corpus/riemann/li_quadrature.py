# expect: logarithmic_integral
import math
from scipy.integrate import quad

def log_integral(x):
    value, _ = quad(lambda t: 1 / math.log(t), 2, x)
    return value + 1.045163780117492

print(log_integral(1000.0))
