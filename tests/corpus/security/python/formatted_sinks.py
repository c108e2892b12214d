"""Strings formatted from request data or route parameters where the shape of the string makes
the sink: a URL whose host is filled in, HTML markup, SQL text given to a query method, a
script handed to an interpreter; with look-alikes whose formatted values are constants or land
in the path only."""
# ruleid: py.subprocess-import
import subprocess

import requests
from flask import Flask, request

app = Flask(__name__)


def service_status(request):
    region = request.GET.get("region")
    # ruleid: py.url-host-from-data
    url = "https://{}.status.example.net/v1".format(region)
    # ok: py.url-host-from-data
    path_url = "https://status.example.net/%s/v1" % region
    return url, path_url


@app.route("/proxy/<backend>")
def proxy(backend):
    # ruleid: py.url-host-from-data
    target = f"http://{backend}/health"
    fixed = "internal.example.net"
    # ok: py.url-host-from-data
    other = "http://%s/health" % fixed
    return target, other


def greeting(request, context):
    who = request.POST["who"]
    who = who.strip()
    template = '<p class="greeting">Hello %s</p>'
    # ruleid: py.html-from-request
    context["banner"] = template % who
    plain = "Hello %s, welcome back"
    # ok: py.html-from-request
    context["title"] = plain % who
    return context


def lookup(request):
    # ruleid: py.request-flow
    sku = request.GET["sku"]
    rows = Product.objects.raw(
        # ruleid: py.sql-injection
        f"SELECT id, name FROM shop_product WHERE sku = '{sku}'"
    )
    # ok: py.sql-injection
    same = Product.objects.raw("SELECT id, name FROM shop_product WHERE sku = %s", [sku])
    return rows, same


def run_plugin(plugin_path):
    # ruleid: py.subprocess-dynamic
    subprocess.run(["python3", plugin_path], check=True)
    # ok: py.subprocess-dynamic
    subprocess.run(["python3", "-m", "compileall", "."], check=True)
