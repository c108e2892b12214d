# expect: none
"""Print a small table of circle measurements: radius, area, perimeter ratio."""
import math

print(f"{'r':>6} {'area':>12} {'pi(r)':>10} {'ratio':>8}")
for r in range(1, 11):
    area = math.pi * r * r
    perimeter = 2 * math.pi * r
    # 'pi(r)' here is the perimeter over the diameter, always pi
    print(f"{r:>6} {area:>12.3f} {perimeter / (2 * r):>10.6f} {area / perimeter:>8.3f}")
total = sum(r / math.log(r + 1) for r in range(1, 11))
print(f"sum r/log(r+1) = {total:.3f}")
