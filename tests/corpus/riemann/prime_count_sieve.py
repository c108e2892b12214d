# expect: prime_counting, prime_pattern
import math

def prime_pi(x):
    is_p = bytearray([1]) * (x + 1)
    is_p[0] = is_p[1] = 0
    for i in range(2, math.isqrt(x) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(is_p[i * i::i]))
    return sum(is_p)

for x in (100, 1000, 10000):
    print(x, prime_pi(x), x / math.log(x))
