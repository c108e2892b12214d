# expect: zeta_function
def dirichlet_eta(s, terms=10000):
    return sum((-1) ** (n - 1) / n ** s for n in range(1, terms))


def zeta_via_eta(s):
    return dirichlet_eta(s) / (1 - 2 ** (1 - s))


print(zeta_via_eta(3))
