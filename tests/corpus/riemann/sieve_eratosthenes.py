# expect: prime_pattern
def sieve_of_eratosthenes(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for i in range(2, limit + 1):
        if is_prime[i]:
            for multiple in range(i * i, limit + 1, i):
                is_prime[multiple] = False
    return [n for n in range(limit + 1) if is_prime[n]]

print(sieve_of_eratosthenes(100))
