# expect: zeta_zeros
import mpmath

def nontrivial_zeros(count):
    """Return the imaginary parts of the first `count` zeros on the critical strip."""
    return [mpmath.zetazero(k).imag for k in range(1, count + 1)]

gaps = []
prev = None
for gamma_k in nontrivial_zeros(15):
    if prev is not None:
        gaps.append(gamma_k - prev)
    prev = gamma_k
    print(mpmath.nstr(gamma_k, 15))

print("mean gap:", sum(gaps) / len(gaps))
