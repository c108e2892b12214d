# expect: prime_pattern
from sympy import isprime

twins = [(p, p + 2) for p in range(3, 10000, 2) if isprime(p) and isprime(p + 2)]
print(len(twins), twins[:10])
