# expect: zeta_function, bernoulli_numbers
from fractions import Fraction
from math import comb, factorial, pi

def bernoulli_list(n):
    B = [Fraction(0)] * (n + 1)
    B[0] = Fraction(1)
    for m in range(1, n + 1):
        B[m] = -sum(comb(m + 1, k) * B[k] for k in range(m)) / (m + 1)
    return B

def zeta_even(k, B):
    """zeta(2k) = (-1)^(k+1) B_2k (2 pi)^2k / (2 (2k)!)"""
    return (-1) ** (k + 1) * float(B[2 * k]) * (2 * pi) ** (2 * k) / (2 * factorial(2 * k))

B = bernoulli_list(20)
for k in range(1, 8):
    print(f"zeta({2 * k}) = {zeta_even(k, B):.15f}")
