# expect: mobius_function
from itertools import accumulate
from sympy import mobius

N = 2000
values = [mobius(k) for k in range(1, N + 1)]
M = list(accumulate(values))
worst = max(abs(m) / k ** 0.5 for k, m in enumerate(M, start=1))
print("max |M(x)|/sqrt(x) for x <=", N, "is", worst)
