# expect: gamma_function
# (a statistics program, but the Poisson pmf really evaluates the gamma function through math.lgamma)
import math
import numpy as np

def normal_log_likelihood(xs, mu, sigma):
    n = len(xs)
    return -0.5 * n * math.log(2 * math.pi * sigma ** 2) - sum((x - mu) ** 2 for x in xs) / (2 * sigma ** 2)

def geometric_mean(xs):
    return math.exp(sum(math.log(x) for x in xs) / len(xs))

def poisson_pmf(k, lam):
    return math.exp(k * math.log(lam) - lam - math.lgamma(k + 1))

data = np.random.default_rng(0).normal(5.0, 2.0, size=500)
print(normal_log_likelihood(data, data.mean(), data.std()))
print(geometric_mean([1.5, 2.5, 4.0, 8.0]))
print(sum(poisson_pmf(k, 3.2) for k in range(20)))
