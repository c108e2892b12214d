# expect: none
def c_to_f(c):
    return c * 9 / 5 + 32

for c in range(-10, 41, 5):
    print(f"{c:>4} C = {c_to_f(c):6.1f} F")
