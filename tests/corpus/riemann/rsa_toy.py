# expect: modular_arithmetic
p, q = 61, 53
n = p * q
phi = (p - 1) * (q - 1)
e = 17
d = pow(e, -1, phi)
message = 65
cipher = pow(message, e, n)
print(cipher, pow(cipher, d, n))
