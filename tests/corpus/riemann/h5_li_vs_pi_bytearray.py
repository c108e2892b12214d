# expect: logarithmic_integral, prime_counting, prime_pattern
from math import log, isqrt

from mpmath import li


def prime_flags(n):
    flags = bytearray([1]) * (n + 1)
    flags[0:2] = b"\x00\x00"
    for i in range(2, isqrt(n) + 1):
        if flags[i]:
            flags[i * i :: i] = bytes(len(range(i * i, n + 1, i)))
    return flags


N = 10**7
flags = prime_flags(N)
count = 0
checkpoints = {10**k for k in range(1, 8)}
print(f"{'x':>10} {'pi(x)':>8} {'li(x)':>12} {'x/ln x':>12}")
for x in range(N + 1):
    count += flags[x]
    if x in checkpoints:
        print(f"{x:>10} {count:>8} {float(li(x)):>12.1f} {x / log(x):>12.1f}")
