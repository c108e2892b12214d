# expect: prime_pattern
n = 1000
flags = [True] * n
flags[0] = flags[1] = False
for p in range(2, int(n ** 0.5) + 1):
    if flags[p]:
        flags[p * p::p] = [False] * len(flags[p * p::p])
print([i for i, f in enumerate(flags) if f][:20])
