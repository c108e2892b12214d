# expect: none
import math

def factorial(n):
    result = 1
    for k in range(2, n + 1):
        result *= k
    return result

assert factorial(10) == math.factorial(10)
print(factorial(20))
