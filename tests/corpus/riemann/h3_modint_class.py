# expect: modular_arithmetic
MOD = 10**9 + 7


class ModInt:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v % MOD

    def __add__(self, o):
        return ModInt(self.v + (o.v if isinstance(o, ModInt) else o))

    def __mul__(self, o):
        return ModInt(self.v * (o.v if isinstance(o, ModInt) else o))

    def inverse(self):
        return ModInt(pow(self.v, MOD - 2, MOD))

    def __truediv__(self, o):
        return self * (o if isinstance(o, ModInt) else ModInt(o)).inverse()

    def __repr__(self):
        return str(self.v)


def binom(n, k):
    num, den = ModInt(1), ModInt(1)
    for i in range(k):
        num = num * (n - i)
        den = den * (i + 1)
    return num / den


print(binom(100000, 500))
