# expect: none
import math


def cosine_lr(step, total, base_lr=3e-4, warmup=500, min_lr=1e-6):
    if step < warmup:
        return base_lr * (step + 1) / warmup
    progress = (step - warmup) / max(1, total - warmup)
    return min_lr + 0.5 * (base_lr - min_lr) * (1 + math.cos(math.pi * progress))


def log_perplexity(losses):
    mean = sum(losses) / len(losses)
    return math.exp(mean), math.log(mean + 1e-12)


schedule = [cosine_lr(s, 10_000) for s in range(0, 10_000, 1000)]
print(["%.2e" % lr for lr in schedule])
print(log_perplexity([2.3, 2.1, 1.9, 1.7]))
