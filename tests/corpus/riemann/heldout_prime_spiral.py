# expect: prime_pattern
# Held-out positive: Ulam spiral marks primes found with a sieve.
def primes_below(n):
    marks = [True] * n
    marks[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if marks[i]:
            for j in range(i * i, n, i):
                marks[j] = False
    return {i for i, m in enumerate(marks) if m}

size = 21
primes = primes_below(size * size + 1)
grid = [[" "] * size for _ in range(size)]
x = y = size // 2
dx, dy, n, steps = 1, 0, 1, 1
while n <= size * size:
    for _ in range(2):
        for _ in range(steps):
            if 0 <= x < size and 0 <= y < size:
                grid[y][x] = "#" if n in primes else "."
            x, y, n = x + dx, y + dy, n + 1
        dx, dy = -dy, dx
    steps += 1
print("\n".join("".join(r) for r in grid))
