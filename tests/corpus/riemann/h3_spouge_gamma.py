# expect: gamma_function
import math


def spouge_coeffs(a):
    c = [math.sqrt(2 * math.pi)]
    fact = 1.0
    for k in range(1, a):
        c.append((-1) ** (k - 1) * (a - k) ** (k - 0.5) * math.exp(a - k) / fact)
        fact *= k
    return c


def gamma_spouge(z, a=12):
    """Gamma(z) using Spouge's approximation."""
    c = spouge_coeffs(a)
    z -= 1
    s = c[0]
    for k in range(1, a):
        s += c[k] / (z + k)
    return s * (z + a) ** (z + 0.5) * math.exp(-(z + a))


for x in [0.5, 1, 2.5, 5, 10.1]:
    print(x, gamma_spouge(x), math.gamma(x))
