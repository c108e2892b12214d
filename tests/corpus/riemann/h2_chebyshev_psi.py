# expect: von_mangoldt, prime_pattern
import math


def smallest_factor_table(n):
    spf = list(range(n + 1))
    for i in range(2, int(n ** 0.5) + 1):
        if spf[i] == i:
            for j in range(i * i, n + 1, i):
                if spf[j] == j:
                    spf[j] = i
    return spf


def mangoldt(n, spf):
    if n < 2:
        return 0.0
    p = spf[n]
    while n % p == 0:
        n //= p
    return math.log(p) if n == 1 else 0.0


def psi(x, spf):
    return sum(mangoldt(k, spf) for k in range(2, x + 1))


N = 100000
spf = smallest_factor_table(N)
for x in (100, 1000, 10000, 100000):
    print(x, psi(x, spf), psi(x, spf) / x)
