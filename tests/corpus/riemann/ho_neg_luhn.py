# expect: none
def luhn_valid(number: str) -> bool:
    digits = [int(c) for c in number if c.isdigit()]
    checksum = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        checksum += d
    return checksum % 10 == 0

def isbn10_valid(isbn: str) -> bool:
    chars = isbn.replace("-", "")
    total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(chars))
    return total % 11 == 0

print(luhn_valid("4539 1488 0343 6467"), isbn10_valid("0-306-40615-2"))
