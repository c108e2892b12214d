#!/bin/sh
# expect: zeta_function, euler_product, prime_pattern
# Apery's constant zeta(3) two ways, in bc: the Dirichlet series and the Euler product.
bc -l <<'BC'
scale = 30
define zeta(s, terms) {
    auto n, sum
    sum = 0
    for (n = 1; n <= terms; n++) sum += 1 / n^s
    return (sum)
}
define isprime(n) {
    auto d
    if (n < 2) return (0)
    for (d = 2; d * d <= n; d++) if (n % d == 0) return (0)
    return (1)
}
define euler(s, limit) {
    auto p, prod
    prod = 1
    for (p = 2; p <= limit; p++) if (isprime(p)) prod *= 1 / (1 - 1 / p^s)
    return (prod)
}
zeta(3, 2000)
euler(3, 2000)
BC
