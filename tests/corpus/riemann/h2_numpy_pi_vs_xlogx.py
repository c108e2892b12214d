# expect: prime_pattern, prime_counting
import numpy as np


def sieve(limit: int) -> np.ndarray:
    flags = np.ones(limit + 1, dtype=bool)
    flags[:2] = False
    for k in range(2, int(limit ** 0.5) + 1):
        if flags[k]:
            flags[k * k :: k] = False
    return flags


def main():
    N = 10 ** 6
    flags = sieve(N)
    pi = np.cumsum(flags)
    for e in range(2, 7):
        x = 10 ** e
        approx = x / np.log(x)
        print(f"{x:>8} {pi[x]:>7} {approx:12.1f} {pi[x] / approx:.4f}")


main()
