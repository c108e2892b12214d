# expect: none
def adjust(pixels, gamma=2.2):
    inv = 1.0 / gamma
    return [[round(255 * (p / 255) ** inv) for p in row] for row in pixels]

print(adjust([[0, 64, 128, 255]]))
