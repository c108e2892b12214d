# expect: modular_arithmetic
# Held-out positive: Diffie-Hellman key exchange (modular exponentiation).
import secrets

p = 0xFFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD1
g = 2
a = secrets.randbelow(p - 2) + 1
b = secrets.randbelow(p - 2) + 1
A = pow(g, a, p)
B = pow(g, b, p)
assert pow(B, a, p) == pow(A, b, p)
print("shared secret agreed")
