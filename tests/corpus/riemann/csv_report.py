# expect: none
import csv
import statistics

with open("sales.csv", newline="") as f:
    rows = list(csv.DictReader(f))
by_region = {}
for row in rows:
    by_region.setdefault(row["region"], []).append(float(row["amount"]))
for region, amounts in sorted(by_region.items()):
    print(region, sum(amounts), statistics.mean(amounts), statistics.pstdev(amounts))
