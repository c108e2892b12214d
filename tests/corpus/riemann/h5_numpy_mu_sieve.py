# expect: mobius_function, prime_pattern
import numpy as np


def mobius_table(n):
    is_prime = np.ones(n + 1, dtype=bool)
    is_prime[:2] = False
    mu = np.ones(n + 1, dtype=np.int64)
    for p in range(2, n + 1):
        if not is_prime[p]:
            continue
        is_prime[p * p :: p] = False
        mu[p::p] *= -1
        mu[p * p :: p * p] = 0
    mu[0] = 0
    return mu


mu = mobius_table(10**6)
mertens = np.cumsum(mu)
print("mu(1..20):", mu[1:21].tolist())
print("M(10^6) =", mertens[-1])
print("squarefree density:", np.count_nonzero(mu[1:]) / 10**6, "~ 6/pi^2 =", 6 / np.pi**2)
