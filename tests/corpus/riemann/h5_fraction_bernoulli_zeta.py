# expect: bernoulli_numbers, zeta_function
from fractions import Fraction
from math import comb, factorial, pi


def bernoulli_list(n):
    B = [Fraction(1)]
    for m in range(1, n + 1):
        B.append(-sum(comb(m + 1, k) * B[k] for k in range(m)) / (m + 1))
    return B


B = bernoulli_list(20)
for i, b in enumerate(B):
    if b:
        print(f"B_{i} = {b}")

# Euler: zeta(2k) = (-1)^(k+1) B_2k (2 pi)^(2k) / (2 (2k)!)
for k in range(1, 6):
    closed = (-1) ** (k + 1) * float(B[2 * k]) * (2 * pi) ** (2 * k) / (2 * factorial(2 * k))
    partial = sum(1 / n ** (2 * k) for n in range(1, 100000))
    print(f"zeta({2 * k}) = {closed:.12f}  (series {partial:.12f})")
