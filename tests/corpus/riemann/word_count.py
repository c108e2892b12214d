# expect: none
import collections
import sys

counts = collections.Counter()
for line in sys.stdin:
    counts.update(word.lower().strip(".,;:!?") for word in line.split())
for word, n in counts.most_common(10):
    print(f"{word}: {n}")
