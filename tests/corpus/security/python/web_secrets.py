"""Web handlers, secrets, TLS, files."""
import os
import sqlite3
import tarfile
import tempfile

import requests
from flask import Flask, request, send_file
from jinja2 import Environment

app = Flask(__name__)
# ruleid: py.hardcoded-password
DB_PASSWORD = "Sup3rS3cret!"
# ruleid: py.secret-literal, py.hardcoded-password
AWS_ACCESS_KEY_ID = "AKIAIOSFODNN7EXAMPLE"


@app.route("/user")
def user():
    conn = sqlite3.connect("app.db")
    # ruleid: py.request-flow
    name = request.args.get("name")
    # ruleid: py.sql-injection
    rows = conn.execute("SELECT * FROM users WHERE name = '%s'" % name).fetchall()
    return {"rows": rows}


@app.route("/delete")
def delete():
    conn = sqlite3.connect("app.db")
    # ruleid: py.sql-injection
    conn.execute(f"DELETE FROM items WHERE id = {request.args['id']}")
    return "ok"


@app.route("/download")
def download():
    # ruleid: py.path-traversal
    return send_file(request.args["file"])


def fetch(url):
    # ruleid: py.tls-no-verify, py.http-request
    return requests.get(url, verify=False, timeout=10)


def fetch_forever(url):
    # ruleid: py.request-no-timeout, py.http-request
    return requests.post(url, json={"a": 1})


def unpack(path, dest):
    with tarfile.open(path) as tar:
        # ruleid: py.archive-extract
        tar.extractall(dest)


def scratch_file(data):
    # ruleid: py.mktemp
    name = tempfile.mktemp()
    with open(name, "w") as f:
        f.write(data)


def share(path):
    # ruleid: py.chmod-permissive
    os.chmod(path, 0o777)


def render(template_dir):
    # ruleid: py.jinja2-autoescape
    return Environment(autoescape=False)


def connect_db(user):
    # ruleid: py.hardcoded-password
    return sqlite3.connect("db", password="hunter2hunter2")


if __name__ == "__main__":
    # ruleid: py.flask-debug
    app.run(host="127.0.0.1", debug=True)

# --- safe look-alikes ---------------------------------------------------------


@app.route("/user-safe")
def user_safe():
    conn = sqlite3.connect("app.db")
    # ok: py.sql-injection
    rows = conn.execute("SELECT * FROM users WHERE name = ?", (request.args.get("name"),)).fetchall()
    return {"rows": rows}


def read_password():
    # ok: py.hardcoded-password
    password = os.environ["DB_PASSWORD"]
    return password


def prompt():
    # ok: py.hardcoded-password
    password_prompt = input("Password: ")
    return password_prompt


def fetch_safe(url):
    # ok: py.tls-no-verify
    # ruleid: py.http-request
    return requests.get(url, timeout=10)


def unpack_safe(path, dest):
    with tarfile.open(path) as tar:
        # ok: py.archive-extract
        tar.extractall(dest, filter="data")


def scratch_safe():
    # ok: py.mktemp
    fd, name = tempfile.mkstemp()
    return fd, name


def share_safe(path):
    # ok: py.chmod-permissive
    os.chmod(path, 0o600)


def render_safe():
    # ok: py.jinja2-autoescape
    return Environment(autoescape=True)
