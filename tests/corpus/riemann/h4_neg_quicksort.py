# expect: none
import random


def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[random.randrange(len(xs))]
    less = [x for x in xs if x < pivot]
    equal = [x for x in xs if x == pivot]
    more = [x for x in xs if x > pivot]
    return quicksort(less) + equal + quicksort(more)


def is_sorted(xs):
    return all(a <= b for a, b in zip(xs, xs[1:]))


data = [random.randint(0, 1000) for _ in range(500)]
out = quicksort(data)
print(is_sorted(out), out[:10])
