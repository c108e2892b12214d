# expect: none
import numpy as np


def log_softmax(z):
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


def focal_loss(logits, labels, gamma=2.0, alpha=0.25):
    logp = log_softmax(logits)
    pt = np.exp(logp[np.arange(len(labels)), labels])
    return float(np.mean(-alpha * (1 - pt) ** gamma * np.log(pt + 1e-12)))


class Adam:
    def __init__(self, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
        self.lr, self.b1, self.b2, self.eps = lr, beta1, beta2, eps
        self.t = 0
        self.m = self.v = None

    def step(self, w, g):
        if self.m is None:
            self.m, self.v = np.zeros_like(w), np.zeros_like(w)
        self.t += 1
        self.m = self.b1 * self.m + (1 - self.b1) * g
        self.v = self.b2 * self.v + (1 - self.b2) * g * g
        mhat = self.m / (1 - self.b1 ** self.t)
        vhat = self.v / (1 - self.b2 ** self.t)
        return w - self.lr * mhat / (np.sqrt(vhat) + self.eps)


rng = np.random.default_rng(0)
print(focal_loss(rng.normal(size=(8, 5)), rng.integers(0, 5, 8)))
