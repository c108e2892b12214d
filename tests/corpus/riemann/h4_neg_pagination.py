# expect: none
from flask import Flask, jsonify, request

app = Flask(__name__)
ITEMS = [{"id": i, "name": f"item-{i}"} for i in range(1, 238)]


@app.route("/items")
def list_items():
    page = max(int(request.args.get("page", 1)), 1)
    per_page = min(int(request.args.get("per_page", 20)), 100)
    total = len(ITEMS)
    pages = total // per_page + (1 if total % per_page else 0)
    start = (page - 1) * per_page
    rows = ITEMS[start:start + per_page]
    stripe = ["odd" if r["id"] % 2 else "even" for r in rows]
    return jsonify(items=rows, stripe=stripe, page=page, pages=pages, total=total)


if __name__ == "__main__":
    app.run()
