# expect: prime_pattern
# Project Euler 10: sum of all primes below two million.
LIMIT = 2_000_000

flags = bytearray([1]) * LIMIT
flags[0:2] = b"\x00\x00"
for i in range(2, int(LIMIT ** 0.5) + 1):
    if flags[i]:
        flags[i * i::i] = bytes(len(range(i * i, LIMIT, i)))

print(sum(i for i, f in enumerate(flags) if f))
