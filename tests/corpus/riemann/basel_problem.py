# expect: zeta_function
import math

total = 0.0
for n in range(1, 200000):
    total += 1.0 / n ** 2
print(total, math.pi ** 2 / 6, abs(total - math.pi ** 2 / 6))
