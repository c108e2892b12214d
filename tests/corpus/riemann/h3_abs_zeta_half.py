# expect: critical_line, zeta_function
import mpmath as mp

mp.mp.dps = 20

ts = [x * 0.5 for x in range(0, 120)]
vals = [abs(mp.zeta(mp.mpc(0.5, t))) for t in ts]
for t, v in zip(ts, vals):
    bar = "#" * int(v * 10)
    print(f"{t:6.1f} {float(v):8.4f} {bar}")
