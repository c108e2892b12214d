# expect: gamma_function
import math

def check_reflection(z):
    lhs = math.gamma(z) * math.gamma(1 - z)
    rhs = math.pi / math.sin(math.pi * z)
    return lhs, rhs

for z in (0.1, 0.25, 0.5, 0.8):
    print(z, *check_reflection(z))

print("lgamma(100) =", math.lgamma(100))
print("Gamma(1/2)^2 =", math.gamma(0.5) ** 2, "pi =", math.pi)
