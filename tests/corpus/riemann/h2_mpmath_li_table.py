# expect: logarithmic_integral, prime_counting
import mpmath as mp
from sympy import primepi

mp.mp.dps = 30

print(f"{'x':>12} {'pi(x)':>10} {'Li(x)':>14} {'R(x)':>14}")
for k in range(1, 9):
    x = 10 ** k
    count = int(primepi(x))
    offset_li = mp.li(x, offset=True)
    riemann_r = mp.riemannr(x)
    print(f"{x:>12} {count:>10} {mp.nstr(offset_li, 10):>14} {mp.nstr(riemann_r, 10):>14}")
