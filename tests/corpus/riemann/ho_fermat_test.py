# expect: prime_pattern, modular_arithmetic
import random

def probably_prime(n, rounds=20):
    if n < 4:
        return n in (2, 3)
    for _ in range(rounds):
        a = random.randrange(2, n - 1)
        if pow(a, n - 1, n) != 1:
            return False
    return True

carmichael = [561, 1105, 1729]
for n in [97, 561, 7919, 1_000_003, 2 ** 61 - 1] + carmichael:
    print(n, probably_prime(n))
