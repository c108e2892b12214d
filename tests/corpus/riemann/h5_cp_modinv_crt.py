# expect: modular_arithmetic
import sys

input = sys.stdin.readline
MOD = 10**9 + 7


def crt(residues, moduli):
    x, m = 0, 1
    for r, n in zip(residues, moduli):
        # x + m*t == r (mod n)
        t = ((r - x) * pow(m, -1, n)) % n
        x += m * t
        m *= n
    return x % m, m


def solve():
    fact = [1] * 200001
    for i in range(1, len(fact)):
        fact[i] = fact[i - 1] * i % MOD
    inv_fact = [1] * len(fact)
    inv_fact[-1] = pow(fact[-1], MOD - 2, MOD)
    for i in range(len(fact) - 1, 0, -1):
        inv_fact[i - 1] = inv_fact[i] * i % MOD

    def nCr(n, r):
        return 0 if r < 0 or r > n else fact[n] * inv_fact[r] % MOD * inv_fact[n - r] % MOD

    print(nCr(100000, 50000))
    print(crt([2, 3, 2], [3, 5, 7]))


solve()
