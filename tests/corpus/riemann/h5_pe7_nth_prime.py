# expect: prime_pattern
# Project Euler 7: what is the 10 001st prime number?
import itertools


def candidates():
    yield 2
    yield 3
    for k in itertools.count(6, 6):
        yield k - 1
        yield k + 1


def nth(n):
    found = []
    for c in candidates():
        if all(c % q for q in itertools.takewhile(lambda q: q * q <= c, found)):
            found.append(c)
            if len(found) == n:
                return c


if __name__ == "__main__":
    print(nth(6))       # 13
    print(nth(10001))
