# expect: none
from flask import Flask, jsonify, request

app = Flask(__name__)
ITEMS = [{"id": i, "name": f"item-{i}"} for i in range(1, 101)]

@app.route("/api/items")
def list_items():
    page = max(int(request.args.get("page", 1)), 1)
    per_page = min(int(request.args.get("per_page", 10)), 50)
    total_pages = (len(ITEMS) + per_page - 1) // per_page
    start = (page - 1) * per_page
    return jsonify(
        items=ITEMS[start : start + per_page],
        page=page,
        total_pages=total_pages,
        last_page_size=len(ITEMS) % per_page or per_page,
    )

if __name__ == "__main__":
    app.run(debug=False)
