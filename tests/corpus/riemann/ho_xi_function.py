# expect: zeta_function, gamma_function
import mpmath as mp

def xi(s):
    """Riemann's completed zeta function xi(s) = s(s-1)/2 * pi^(-s/2) * Gamma(s/2) * zeta(s)."""
    return 0.5 * s * (s - 1) * mp.power(mp.pi, -s / 2) * mp.gamma(s / 2) * mp.zeta(s)

for s in (2, 3, 0.25, 0.75):
    print(s, xi(s), xi(1 - s))
