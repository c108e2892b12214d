# expect: none
import math

def trajectory(v, angle_deg, g=9.81, steps=10):
    angle = math.radians(angle_deg)
    t_flight = 2 * v * math.sin(angle) / g
    for i in range(steps + 1):
        t = t_flight * i / steps
        yield v * math.cos(angle) * t, v * math.sin(angle) * t - 0.5 * g * t * t

for x, y in trajectory(20, 45):
    print(f"{x:7.2f} {y:7.2f}")
