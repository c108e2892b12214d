# expect: none
import random
from collections import Counter

rolls = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(10000))
for total in sorted(rolls):
    print(total, rolls[total])
