# expect: none
class ChainedMap:
    """Separate-chaining hash map whose table sizes are primes from a fixed list."""

    SIZES = [11, 23, 47, 97, 197, 397, 797, 1597, 3203, 6421]

    def __init__(self):
        self._level = 0
        self._buckets = [[] for _ in range(self.SIZES[0])]
        self._n = 0

    def _index(self, key):
        return (hash(key) & 0x7FFFFFFF) % len(self._buckets)

    def put(self, key, value):
        bucket = self._buckets[self._index(key)]
        for i, (k, _) in enumerate(bucket):
            if k == key:
                bucket[i] = (key, value)
                return
        bucket.append((key, value))
        self._n += 1
        if self._n > 0.75 * len(self._buckets):
            self._grow()

    def get(self, key, default=None):
        for k, v in self._buckets[self._index(key)]:
            if k == key:
                return v
        return default

    def _grow(self):
        items = [kv for b in self._buckets for kv in b]
        self._level += 1
        self._buckets = [[] for _ in range(self.SIZES[self._level])]
        self._n = 0
        for k, v in items:
            self.put(k, v)


m = ChainedMap()
for word in "the quick brown fox jumps over the lazy dog".split():
    m.put(word, m.get(word, 0) + 1)
print(m.get("the"), len(m._buckets))
