# expect: none
"""Apply display gamma correction and a tone curve to an image."""
import numpy as np
from PIL import Image


def adjust(path, gamma=2.2, exposure=0.0):
    img = np.asarray(Image.open(path).convert("RGB"), dtype=np.float32) / 255.0
    linear = np.power(img, gamma) * np.exp2(exposure)
    mapped = linear / (1.0 + linear)
    out = np.power(mapped, 1.0 / gamma)
    return Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))


if __name__ == "__main__":
    adjust("input.png", gamma=2.4, exposure=0.5).save("output.png")
