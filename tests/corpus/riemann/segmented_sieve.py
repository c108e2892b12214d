# expect: prime_pattern
import math

def simple_sieve(limit):
    mark = [True] * (limit + 1)
    for i in range(2, int(math.sqrt(limit)) + 1):
        if mark[i]:
            for j in range(i * i, limit + 1, i):
                mark[j] = False
    return [p for p in range(2, limit + 1) if mark[p]]


def segmented_sieve(n):
    limit = int(math.sqrt(n)) + 1
    base = simple_sieve(limit)
    low, high = limit, 2 * limit
    out = list(base)
    while low < n:
        high = min(high, n)
        mark = [True] * (high - low)
        for p in base:
            start = max(p * p, (low + p - 1) // p * p)
            for j in range(start, high, p):
                mark[j - low] = False
        out.extend(i + low for i, m in enumerate(mark) if m)
        low, high = low + limit, high + limit
    return out

print(len(segmented_sieve(100000)))
