# expect: prime_pattern
import sympy

primes = list(sympy.primerange(1, 200))
print(primes, sympy.nextprime(1000), sympy.isprime(7919))
