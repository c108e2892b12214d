"""A Flask app started at import time."""
from flask import Flask

app = Flask(__name__)


@app.route("/")
def index():
    return "hello"


# ruleid: py.flask-run-unguarded
app.run()
