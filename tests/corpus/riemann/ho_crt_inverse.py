# expect: modular_arithmetic
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def inverse_mod(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError("not invertible")
    return x % m

def crt(remainders, moduli):
    M = 1
    for m in moduli:
        M *= m
    total = 0
    for r, m in zip(remainders, moduli):
        Mi = M // m
        total += r * Mi * inverse_mod(Mi, m)
    return total % M

print(crt([2, 3, 2], [3, 5, 7]))  # 23
print(inverse_mod(17, 3120))
