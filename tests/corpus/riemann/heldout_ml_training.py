# expect: none
# Held-out negative: reinforcement-learning style update with a discount factor named gamma.
import random

gamma = 0.99
alpha = 0.1
q = {}
for episode in range(100):
    state = 0
    for step in range(20):
        action = random.choice([0, 1])
        reward = 1.0 if action == state % 2 else 0.0
        nxt = (state + 1) % 10
        best = max(q.get((nxt, a), 0.0) for a in (0, 1))
        q[(state, action)] = q.get((state, action), 0.0) + alpha * (reward + gamma * best - q.get((state, action), 0.0))
        state = nxt
print(len(q))
