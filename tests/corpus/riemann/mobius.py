# expect: mobius_function, prime_pattern
def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


def mobius(n):
    factors = factorize(n)
    if len(set(factors)) != len(factors):
        return 0
    return (-1) ** len(factors)


print([mobius(n) for n in range(1, 31)])
