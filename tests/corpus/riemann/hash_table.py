# expect: none
class HashTable:
    def __init__(self, size=16):
        self.buckets = [[] for _ in range(size)]

    def put(self, key, value):
        bucket = self.buckets[hash(key) % len(self.buckets)]
        for i, (k, _) in enumerate(bucket):
            if k == key:
                bucket[i] = (key, value)
                return
        bucket.append((key, value))

t = HashTable()
t.put("a", 1)
print(t.buckets)
