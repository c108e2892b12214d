# expect: none
"""Inventory report: group orders, compute totals, and prime the cache for the next run."""
from collections import defaultdict
from datetime import date

ORDERS = [
    {"id": 1, "sku": "A-1", "qty": 3, "price": 9.99, "day": date(2024, 1, 3)},
    {"id": 2, "sku": "B-7", "qty": 1, "price": 24.50, "day": date(2024, 1, 3)},
    {"id": 3, "sku": "A-1", "qty": 2, "price": 9.99, "day": date(2024, 1, 4)},
]

cache = {}


def prime_cache(orders):
    for o in orders:
        cache[o["id"]] = o


def totals_by_sku(orders):
    out = defaultdict(float)
    for o in orders:
        out[o["sku"]] += o["qty"] * o["price"]
    return dict(out)


prime_cache(ORDERS)
for sku, total in sorted(totals_by_sku(ORDERS).items()):
    print(f"{sku:6} {total:8.2f}")
print("even order ids:", [o["id"] for o in ORDERS if o["id"] % 2 == 0])
