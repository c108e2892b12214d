# expect: mobius_function, prime_pattern
import numpy as np


def mu_table(n):
    mu = np.ones(n + 1, dtype=np.int64)
    is_comp = np.zeros(n + 1, dtype=bool)
    for p in range(2, n + 1):
        if is_comp[p]:
            continue
        is_comp[2 * p::p] = True
        mu[p::p] *= -1
        mu[p * p::p * p] = 0
    mu[0] = 0
    return mu


def mertens(n):
    return np.cumsum(mu_table(n))


if __name__ == "__main__":
    N = 10 ** 6
    M = mertens(N)
    xs = np.arange(1, N + 1)
    ratio = np.abs(M[1:]) / np.sqrt(xs)
    print("max |M(x)|/sqrt(x) for x <= 1e6:", ratio.max())
    for k in range(1, 7):
        print(10 ** k, M[10 ** k])
