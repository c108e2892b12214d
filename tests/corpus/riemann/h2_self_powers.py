# expect: modular_arithmetic
# Last ten digits of 1^1 + 2^2 + ... + 1000^1000
M = 10 ** 10
print(sum(pow(i, i, M) for i in range(1, 1001)) % M)
