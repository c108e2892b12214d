# expect: mobius_function, prime_pattern
def linear_sieve_mu(n):
    mu = [0] * (n + 1)
    mu[1] = 1
    is_comp = [False] * (n + 1)
    primes = []
    for i in range(2, n + 1):
        if not is_comp[i]:
            primes.append(i)
            mu[i] = -1
        for p in primes:
            if i * p > n:
                break
            is_comp[i * p] = True
            if i % p == 0:
                mu[i * p] = 0
                break
            mu[i * p] = -mu[i]
    return mu

mu = linear_sieve_mu(100)
print([mu[k] for k in range(1, 31)])
print("Mertens M(100) =", sum(mu[1:]))
