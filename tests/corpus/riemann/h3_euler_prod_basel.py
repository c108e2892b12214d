# expect: euler_product, prime_pattern
import math


def primes_upto(n):
    flags = bytearray([1]) * (n + 1)
    flags[0:2] = b"\x00\x00"
    for i in range(2, int(n**0.5) + 1):
        if flags[i]:
            flags[i * i :: i] = bytearray(len(flags[i * i :: i]))
    return [i for i, f in enumerate(flags) if f]


def euler_product(s, bound):
    prod = 1.0
    for p in primes_upto(bound):
        prod *= 1.0 / (1.0 - p ** (-s))
    return prod


target = math.pi ** 2 / 6
for bound in (10, 100, 1000, 10000):
    approx = euler_product(2, bound)
    print(bound, approx, target - approx)
