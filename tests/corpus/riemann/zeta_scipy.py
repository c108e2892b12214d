# expect: zeta_function
from scipy.special import zeta

values = [zeta(k, 1) for k in range(2, 10)]
print(values)
