"""Values followed within a function: request data reaching sinks, constants and formatted
strings held in variables, route parameters, clear-text URLs, framework settings."""
import asyncio
import code
import logging
import os
# ruleid: py.subprocess-import
import subprocess

import jwt
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.html import format_html
from flask import Flask, request
from hashids import Hashids

app = Flask(__name__)
log = logging.getLogger(__name__)
SIGNING_KEY = "k3y-in-source"


def report(request):
    # ruleid: py.request-flow
    year = request.GET.get("year")
    # ruleid: py.sql-injection
    query = "SELECT * FROM sales WHERE year = %s" % year
    # ruleid: py.sql-injection
    return HttpResponse(Sales.objects.raw(query))


def report_ok(request):
    year = request.GET.get("year")
    # ok: py.request-flow
    rows = Sales.objects.filter(year=year)
    return HttpResponse(str(len(rows)))


def goto(request):
    # ok: py.request-flow
    nxt = request.POST.get("next")
    if url_has_allowed_host_and_scheme(nxt, allowed_hosts=None):
        return redirect(nxt)
    return redirect("/")


def cursor_query(cur, name):
    # ruleid: py.sql-injection
    sql = f"SELECT id FROM users WHERE name = '{name}'"
    # ruleid: py.sql-injection
    cur.execute(sql)


def cursor_query_ok(cur, name):
    sql = "SELECT id FROM users WHERE name = %s"
    # ok: py.sql-injection
    cur.execute(sql, (name,))


@app.route("/files/<name>")
def read_file(name):
    # ruleid: py.request-param-sink
    return open(name).read()


def helper(name):
    # ok: py.request-param-sink
    return open(name).read()


@app.route("/price")
def price():
    # ruleid: py.request-flow
    amount = request.args.get("amount")
    # ruleid: py.request-param-sink
    value = float(amount)
    # ok: py.request-param-sink
    checked = int(float(amount))
    return str(value + checked)


def fetch_status(session):
    # ruleid: py.cleartext-url
    url = "http://status.example.com/health"
    # ruleid: py.cleartext-url
    return session.get(url, timeout=5)


def fetch_status_ok(session):
    # ok: py.cleartext-url
    url = "https://status.example.com/health"
    return session.get(url, timeout=5)


def run_snippet(payload):
    console = code.InteractiveConsole()
    # ruleid: py.code-run
    console.push(payload)


async def spawn(cmd):
    # ruleid: py.asyncio-subprocess, py.subprocess-dynamic
    return await asyncio.create_subprocess_shell(cmd)


async def spawn_ok():
    # ok: py.asyncio-subprocess
    return await asyncio.create_subprocess_shell("uptime")


def run_constant():
    blob = "print('hello')"
    # ok: py.eval
    exec(blob)


def sign(payload):
    # ruleid: py.jwt-hardcoded-key
    return jwt.encode(payload, SIGNING_KEY, algorithm="HS256")


def sign_ok(payload, key):
    # ok: py.jwt-hardcoded-key
    return jwt.encode(payload, key, algorithm="HS256")


def login(user, password):
    # ruleid: py.log-secret
    log.debug("login attempt with %s", password)
    # ok: py.log-secret
    log.info("login attempt for %s", user)


# ruleid: py.hashids-secret
ids = Hashids(salt=app.config["SECRET_KEY"], min_length=8)
# ruleid: py.flask-hardcoded-config
app.config["DEBUG"] = True
# ok: py.flask-hardcoded-config
app.config["DEBUG"] = os.environ.get("DEBUG") == "1"
# ruleid: py.csrf-disabled
app.config["WTF_CSRF_ENABLED"] = False


def notify(client, msg):
    # ruleid: py.twiml-injection
    client.calls.create(to="+1555", from_="+1556", twiml="<Response><Say>" + msg + "</Say></Response>")


def profile(request):
    # ruleid: py.template-context-locals
    return render(request, "profile.html", locals())


def greet(name):
    # ruleid: py.mark-safe
    return format_html("<b>%s</b>" % name)


def greet_ok(name):
    # ok: py.mark-safe
    return format_html("<b>{}</b>", name)


def create(request):
    # ruleid: py.mass-assignment
    return Item.objects.create(**request.POST)


def list_dir():
    # ok: py.subprocess-dynamic
    return subprocess.run(["ls", "-l"], check=True)
