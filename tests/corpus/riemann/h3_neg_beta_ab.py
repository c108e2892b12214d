# expect: none
"""A/B test: compound growth projections and confidence interval of a conversion rate."""
import math


def wilson_interval(successes, trials, z=1.96):
    p = successes / trials
    denom = 1 + z * z / trials
    centre = (p + z * z / (2 * trials)) / denom
    half = z * math.sqrt(p * (1 - p) / trials + z * z / (4 * trials * trials)) / denom
    return centre - half, centre + half


def months_to_double(rate):
    return math.log(2) / math.log(1 + rate)


print(wilson_interval(48, 1000))
print(wilson_interval(61, 1000))
print("months to double at 3%%: %.1f" % months_to_double(0.03))
