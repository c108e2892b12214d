# expect: bernoulli_numbers, zeta_function
from fractions import Fraction
from math import factorial, pi


class BernoulliTable:
    def __init__(self, size):
        self.values = []
        row = [Fraction(0)] * (size + 1)
        for m in range(size + 1):
            row[m] = Fraction(1, m + 1)
            for j in range(m, 0, -1):
                row[j - 1] = j * (row[j - 1] - row[j])
            self.values.append(row[0])

    def __getitem__(self, n):
        return self.values[n]


def zeta_even(k, table):
    b = table[2 * k]
    return (-1) ** (k + 1) * b * (2 * pi) ** (2 * k) / (2 * factorial(2 * k))


B = BernoulliTable(20)
for i in range(0, 21, 2):
    print(i, B[i])
for k in range(1, 6):
    print(2 * k, float(zeta_even(k, B)))
