# expect: prime_pattern
def is_prime(k):
    if k < 2:
        return False
    for d in range(2, int(k ** 0.5) + 1):
        if k % d == 0:
            return False
    return True

for even in range(4, 101, 2):
    pair = next((p, even - p) for p in range(2, even) if is_prime(p) and is_prime(even - p))
    print(even, pair)
