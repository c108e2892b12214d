# expect: none
# Held-out negative written after the rules: signal processing with complex numbers.
import cmath
import math

def dft(samples):
    n = len(samples)
    return [sum(samples[k] * cmath.exp(-2j * math.pi * k * f / n) for k in range(n)) for f in range(n)]

signal = [math.sin(2 * math.pi * 0.5 * t / 8) for t in range(16)]
spectrum = dft(signal)
print([round(abs(c), 3) for c in spectrum])
