# expect: mobius_function, prime_counting
from itertools import accumulate

from sympy import primepi
from sympy.ntheory import mobius

N = 2000

mu = [0] + [mobius(n) for n in range(1, N + 1)]
M = list(accumulate(mu))

print("n     M(n)   pi(n)")
for n in (10, 100, 500, 1000, 2000):
    print(f"{n:5d} {M[n]:5d} {int(primepi(n)):6d}")

# The Mertens conjecture |M(n)| < sqrt(n) holds in this tiny range
assert all(abs(M[n]) < n ** 0.5 for n in range(2, N + 1))
