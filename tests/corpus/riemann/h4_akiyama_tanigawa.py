# expect: bernoulli_numbers, zeta_function
from fractions import Fraction
from math import factorial, pi


def bernoulli(n):
    """Akiyama-Tanigawa algorithm (gives B_1 = +1/2)."""
    a = [Fraction(0)] * (n + 1)
    for m in range(n + 1):
        a[m] = Fraction(1, m + 1)
        for j in range(m, 0, -1):
            a[j - 1] = j * (a[j - 1] - a[j])
    return a[0]


def zeta_even(k):
    """zeta(2k) = (-1)^(k+1) B_2k (2 pi)^(2k) / (2 (2k)!)"""
    b = bernoulli(2 * k)
    return (-1) ** (k + 1) * float(b) * (2 * pi) ** (2 * k) / (2 * factorial(2 * k))


for n in range(0, 21, 2):
    print(n, bernoulli(n))
for k in range(1, 6):
    print(f"zeta({2 * k}) = {zeta_even(k):.15f}")
