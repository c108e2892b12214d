# expect: none
# Held-out negative: Collatz sequence lengths (number theory, not primes or zeta).
def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print(max(range(1, 10000), key=collatz_len))
