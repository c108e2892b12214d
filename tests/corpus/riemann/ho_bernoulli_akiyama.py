# expect: bernoulli_numbers
from fractions import Fraction as Fr

def bernoulli(n):
    A = [0] * (n + 1)
    for m in range(n + 1):
        A[m] = Fr(1, m + 1)
        for j in range(m, 0, -1):
            A[j - 1] = j * (A[j - 1] - A[j])
    return A[0]  # (which is B_n)

for i in range(0, 21):
    b = bernoulli(i)
    if b:
        print("B(%2d) = %*s/%i" % (i, 10, b.numerator, b.denominator))
