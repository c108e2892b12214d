"""Framework settings and sinks found by shape: template extensions, cookie flags, custom SQL
expressions, dynamic lookups of os functions and namespaces, JWT payloads and options, CORS,
listeners that unpickle, sh arguments, URLopener, constant keys. Safe look-alikes beside them."""
import logging.config
import multiprocessing.connection
import pickle
import urllib.request

import jwt
import sh
from airflow.operators.bash import BashOperator
from Crypto.Cipher import AES
from django.db.models import CharField, Func
from fastapi.middleware.cors import CORSMiddleware
from flask import Flask, make_response, render_template, render_template_string, request

app = Flask(__name__)


@app.route("/report")
def report():
    # ruleid: py.template-unescaped-extension
    return render_template("report.txt", rows=request.args.get("rows"))


@app.route("/page")
def page():
    # ok: py.template-unescaped-extension
    return render_template("page.html", rows=request.args.get("rows"))


@app.route("/plain")
def plain():
    # ok: py.template-unescaped-extension
    return render_template("static.txt")


def remember(user):
    resp = make_response("ok")
    # ruleid: py.cookie-insecure
    resp.set_cookie("session", user.token)
    # ok: py.cookie-insecure
    resp.set_cookie("theme", user.theme, secure=True, httponly=True, samesite="Lax")
    return resp


# ruleid: py.django-custom-sql-expression
class Position(Func):
    function = "INSTR"


# ok: py.django-custom-sql-expression
class Title(CharField):
    pass


def cache_state(state):
    # ruleid: py.serialize-pickle
    return pickle.dumps(state)


def run_named(cmd):
    # ruleid: py.dynamic-os-lookup
    runner = getattr(os_module, "system")
    # ok: py.dynamic-os-lookup
    label = getattr(settings, "name")
    return runner(cmd), label


def not_found():
    # ruleid: py.template-built-from-data
    template = "<h3>%s was not found</h3>" % request.url
    return render_template_string(template), 404


def greeting():
    # ok: py.template-built-from-data
    template = "<h3>{{ name }}</h3>"
    return render_template_string(template, name=request.args.get("n"))


def fetch(url):
    # ruleid: py.urlopener-dynamic
    opener = urllib.request.URLopener()
    # ruleid: py.urlopener-dynamic
    return opener.open(url)


def sign(user, password):
    # ruleid: py.jwt-secret-in-payload
    return jwt.encode({"user": user, "password": password}, KEY, algorithm="HS256")


def sign_ok(user):
    # ok: py.jwt-secret-in-payload
    return jwt.encode({"user": user}, KEY, algorithm="HS256")


def forge(claims):
    # ruleid: py.jwt-none-algorithm
    return jwt.encode(claims, None, algorithm="none")


def read(token):
    # ruleid: py.jwt-verify-off-options
    opts = {"verify_signature": False}
    # ok: py.jwt-verify-off-options
    strict = {"verify_signature": True}
    return jwt.decode(token, KEY, options=opts), strict


def setup_cors(api):
    # ruleid: py.cors-any-origin
    api.add_middleware(CORSMiddleware, allow_origins=["*"])
    # ok: py.cors-any-origin
    api.add_middleware(CORSMiddleware, allow_origins=["https://app.example.com"])


def dispatch(name):
    # ruleid: py.dynamic-namespace-lookup
    handler = globals().get(name)
    # ok: py.dynamic-namespace-lookup
    default = globals().get("index")
    return handler or default


def start_listeners():
    # ruleid: py.listener-deserialize
    worker = multiprocessing.connection.Client(("localhost", 6000))
    # ruleid: py.listener-deserialize
    config_thread = logging.config.listen(9030)
    return worker, config_thread


def list_dir(flags):
    # ruleid: py.sh-dynamic
    sh.ls("-a" + flags)
    # ok: py.sh-dynamic
    sh.ls("-la")


def encrypt(data, iv):
    # ruleid: py.empty-key
    return AES.new("", AES.MODE_CFB, iv).encrypt(data)


def mongo(host):
    # ruleid: py.mongo-weak-auth
    return MongoClient(host, username="app", authMechanism="MONGODB-CR")


def mongo_ok(host):
    # ok: py.mongo-weak-auth
    return MongoClient(host, authMechanism="SCRAM-SHA-256")


def shell_task(msg):
    # ruleid: py.template-built-from-data
    return BashOperator(task_id="echo", bash_command="echo " + msg)


def shell_task_ok():
    # ok: py.template-built-from-data
    return BashOperator(task_id="echo", bash_command="echo hello")


if __name__ == "__main__":
    app.run()


def reset_password(user, request):
    # ruleid: py.empty-password-default
    password = ""
    user.set_password(password)
    # ruleid: py.empty-password-default
    new_password = request.POST.get("password", "")
    # ok: py.empty-password-default
    nickname = request.POST.get("nickname", "")
    return new_password, nickname
