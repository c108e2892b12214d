# expect: prime_counting, logarithmic_integral
from sympy import primepi
from mpmath import li

print(f"{'x':>12} {'pi(x)':>10} {'li(x)':>12} {'diff':>8}")
for e in range(2, 9):
    x = 10 ** e
    p = int(primepi(x))
    l = float(li(x))
    print(f"{x:>12} {p:>10} {l:>12.1f} {l - p:>8.1f}")
