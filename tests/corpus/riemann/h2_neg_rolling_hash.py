# expect: none
"""Detect duplicate chunks in uploaded files with a polynomial rolling hash."""
import hashlib

BASE = 257
MASK = (1 << 61) - 1
WINDOW = 48


def chunk_boundaries(data: bytes):
    h = 0
    top = 1
    for _ in range(WINDOW - 1):
        top = (top * BASE) & MASK
    for i, b in enumerate(data):
        if i >= WINDOW:
            h = (h - data[i - WINDOW] * top) & MASK
        h = (h * BASE + b) & MASK
        if (h & 0x1FFF) == 0:
            yield i + 1


def dedupe(data: bytes):
    seen = {}
    start = 0
    for end in chunk_boundaries(data):
        digest = hashlib.sha256(data[start:end]).hexdigest()
        seen.setdefault(digest, (start, end))
        start = end
    return seen


print(len(dedupe(open(__file__, "rb").read() * 20)))
