# expect: zeta_function
"""Print a small table of Riemann zeta values at integer and half-integer points."""
from mpmath import mp, zeta, nstr

mp.dps = 30

def table(points):
    rows = []
    for s in points:
        rows.append((s, zeta(s)))
    return rows

if __name__ == "__main__":
    for s, v in table([2, 3, 4, 5, 1.5, 2.5, -1]):
        print(f"zeta({s}) = {nstr(v, 20)}")
