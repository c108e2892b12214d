# expect: modular_arithmetic
def extended_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = extended_gcd(b, a % b)
    return g, y, x - (a // b) * y


def chinese_remainder(residues, moduli):
    total, prod = 0, 1
    for m in moduli:
        prod *= m
    for r, m in zip(residues, moduli):
        p = prod // m
        _, inv, _ = extended_gcd(p, m)
        total += r * inv * p
    return total % prod

print(chinese_remainder([2, 3, 2], [3, 5, 7]))
