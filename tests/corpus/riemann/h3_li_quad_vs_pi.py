# expect: logarithmic_integral, prime_counting, prime_pattern
import numpy as np
from scipy.integrate import quad


def offset_li(x):
    val, _err = quad(lambda t: 1.0 / np.log(t), 2, x)
    return val


def pi_of_x(n):
    sieve = np.ones(n + 1, dtype=bool)
    sieve[:2] = False
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i :: i] = False
    return int(sieve.sum())


for e in range(2, 7):
    x = 10 ** e
    print(x, pi_of_x(x), round(offset_li(x), 1), round(x / np.log(x), 1))
