# expect: none
from flask import Flask, jsonify, request

app = Flask(__name__)
TODOS = []

@app.route("/todos", methods=["GET", "POST"])
def todos():
    if request.method == "POST":
        TODOS.append({"id": len(TODOS) + 1, "title": request.json["title"]})
    return jsonify(TODOS)

@app.route("/todos/<int:todo_id>")
def todo(todo_id):
    items = [t for t in TODOS if t["id"] == todo_id]
    return jsonify(items[0] if items else {})
