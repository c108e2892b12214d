# expect: zeta_function, bernoulli_numbers
"""Riemann zeta for real s > 1 via Euler-Maclaurin summation."""
from fractions import Fraction
from math import comb, factorial


def bernoulli_list(m):
    B = [Fraction(0)] * (m + 1)
    B[0] = Fraction(1)
    for n in range(1, m + 1):
        B[n] = -sum(comb(n + 1, k) * B[k] for k in range(n)) / (n + 1)
    return B


BERN = bernoulli_list(20)


def zeta(s, N=10, terms=8):
    total = sum(k ** -s for k in range(1, N))
    total += N ** (1 - s) / (s - 1) + 0.5 * N ** -s
    rising = s
    for j in range(1, terms + 1):
        b = BERN[2 * j]
        total += float(b) / factorial(2 * j) * rising * N ** (-s - 2 * j + 1)
        rising *= (s + 2 * j - 1) * (s + 2 * j)
    return total


if __name__ == "__main__":
    for s in (2, 3, 4, 1.5):
        print(s, zeta(s))
