# expect: prime_counting, mobius_function, prime_pattern
from sympy import primepi, mobius, primerange

print("pi(x) for x = 10^k:")
for k in range(1, 8):
    print(k, primepi(10**k))

mertens = 0
for n in range(1, 101):
    mertens += mobius(n)
print("M(100) =", mertens)
print(list(primerange(90, 130)))
