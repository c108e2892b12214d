# expect: zeta_function
def zeta(s, terms=100000):
    """Partial sum of the Dirichlet series."""
    return sum(1 / n ** s for n in range(1, terms + 1))


print(zeta(2.0))
