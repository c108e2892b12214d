# expect: modular_arithmetic
import sys
from functools import reduce


def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y


def crt(residues, moduli):
    """Solve x = r_i (mod m_i) for pairwise coprime moduli."""
    M = reduce(lambda a, b: a * b, moduli)
    x = 0
    for r, m in zip(residues, moduli):
        Mi = M // m
        x += r * Mi * pow(Mi, -1, m)
    return x % M


def main():
    data = sys.stdin.read().split()
    if not data:
        print(crt([2, 3, 2], [3, 5, 7]))  # 23
        return
    k = int(data[0])
    rs = list(map(int, data[1:1 + k]))
    ms = list(map(int, data[1 + k:1 + 2 * k]))
    print(crt(rs, ms))


main()
