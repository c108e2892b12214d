# expect: none
# Held-out negative: consistent hashing with a prime-sized table and modular reduction.
import hashlib

TABLE_SIZE = 10007

def slot(key):
    digest = int(hashlib.sha256(key.encode()).hexdigest(), 16)
    return digest % TABLE_SIZE

nodes = {slot(f"node-{i}"): f"node-{i}" for i in range(5)}
print(sorted(nodes))
