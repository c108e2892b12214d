# expect: bernoulli_numbers
from sympy import bernoulli

print([bernoulli(n) for n in range(0, 14, 2)])
