# expect: none
class RingBuffer:
    """Fixed-size circular buffer for the last N sensor readings."""

    def __init__(self, capacity):
        self.capacity = capacity
        self.items = [None] * capacity
        self.head = 0
        self.size = 0

    def push(self, value):
        self.items[(self.head + self.size) % self.capacity] = value
        if self.size < self.capacity:
            self.size += 1
        else:
            self.head = (self.head + 1) % self.capacity

    def __iter__(self):
        for i in range(self.size):
            yield self.items[(self.head + i) % self.capacity]

    def mean(self):
        vals = [v for v in self if v is not None]
        return sum(vals) / len(vals) if vals else 0.0

buf = RingBuffer(5)
for reading in [3, 1, 4, 1, 5, 9, 2, 6]:
    buf.push(reading)
print(list(buf), buf.mean())
