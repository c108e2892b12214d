# expect: bernoulli_numbers
from fractions import Fraction
from math import comb

def bernoulli_numbers(n):
    B = [Fraction(0)] * (n + 1)
    B[0] = Fraction(1)
    for m in range(1, n + 1):
        B[m] = -sum(comb(m + 1, k) * B[k] for k in range(m)) / (m + 1)
    return B

print(bernoulli_numbers(12))
