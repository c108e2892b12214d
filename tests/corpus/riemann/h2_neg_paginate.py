# expect: none
from dataclasses import dataclass
from math import ceil


@dataclass
class Page:
    items: list
    number: int
    total_pages: int


def paginate(items, page, per_page=20):
    total = len(items)
    pages = max(1, ceil(total / per_page))
    page = ((page - 1) % pages) + 1
    start = (page - 1) * per_page
    return Page(items[start : start + per_page], page, pages)


def row_class(i):
    return "odd" if i % 2 else "even"


rows = [f"row {k}" for k in range(1, 95)]
p = paginate(rows, 3)
for i, r in enumerate(p.items):
    print(row_class(i), r)
print(f"page {p.number} of {p.total_pages}")
