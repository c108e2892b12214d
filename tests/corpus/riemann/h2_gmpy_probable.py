# expect: prime_pattern, modular_arithmetic
import gmpy2
from gmpy2 import mpz
import random


def strong_probable_prime(n, bases):
    n = mpz(n)
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in bases:
        x = gmpy2.powmod(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(r - 1):
            x = gmpy2.powmod(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def random_prime(bits):
    while True:
        cand = mpz(random.getrandbits(bits)) | 1 | (mpz(1) << (bits - 1))
        if strong_probable_prime(cand, [2, 3, 5, 7, 11, 13]) and gmpy2.is_prime(cand):
            return cand


print(random_prime(256))
print(gmpy2.next_prime(10 ** 20))
