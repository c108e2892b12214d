# expect: mobius_function, prime_pattern
import sys


def mobius_sieve(limit):
    mu = [1] * (limit + 1)
    is_comp = [False] * (limit + 1)
    primes = []
    mu[0] = 0
    for i in range(2, limit + 1):
        if not is_comp[i]:
            primes.append(i)
            mu[i] = -1
        for p in primes:
            if i * p > limit:
                break
            is_comp[i * p] = True
            if i % p == 0:
                mu[i * p] = 0
                break
            mu[i * p] = -mu[i]
    return mu


def mertens(limit):
    mu = mobius_sieve(limit)
    M, acc = [0] * (limit + 1), 0
    for n in range(1, limit + 1):
        acc += mu[n]
        M[n] = acc
    return M


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    M = mertens(n)
    print("M(%d) = %d" % (n, M[n]))
    print("max |M(k)|/sqrt(k):", max(abs(M[k]) / k ** 0.5 for k in range(1, n + 1)))
