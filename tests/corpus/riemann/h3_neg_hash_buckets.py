# expect: none
"""Open-addressing hash map with a prime-sized table."""

_SIZES = [53, 97, 193, 389, 769, 1543, 3079, 6151, 12289, 24593]


class HashMap:
    def __init__(self):
        self._size_idx = 0
        self._slots = [None] * _SIZES[0]
        self._count = 0

    def _probe(self, key):
        n = len(self._slots)
        i = hash(key) % n
        step = 1 + (hash(key) // n) % (n - 1)
        while self._slots[i] is not None and self._slots[i][0] != key:
            i = (i + step) % n
        return i

    def put(self, key, value):
        if (self._count + 1) * 4 > len(self._slots) * 3:
            self._grow()
        i = self._probe(key)
        if self._slots[i] is None:
            self._count += 1
        self._slots[i] = (key, value)

    def get(self, key, default=None):
        slot = self._slots[self._probe(key)]
        return slot[1] if slot else default

    def _grow(self):
        old = [s for s in self._slots if s]
        self._size_idx += 1
        self._slots = [None] * _SIZES[self._size_idx]
        self._count = 0
        for k, v in old:
            self.put(k, v)


m = HashMap()
for i in range(100):
    m.put(f"k{i}", i * i)
print(m.get("k42"))
