# expect: gamma_function
import math

for x in [0.5, 1.5, 5, 10.25]:
    print(x, math.gamma(x), math.lgamma(x))
