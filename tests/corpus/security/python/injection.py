"""Command and code injection: vulnerable calls and safe look-alikes."""
import os
# ruleid: py.subprocess-import
import subprocess
import sys
from os import system as run_shell
# ruleid: py.subprocess-import
from subprocess import Popen

import importlib


def list_dir(path):
    # ruleid: py.os-system
    os.system("ls -l " + path)


def archive(name):
    # ruleid: py.os-system
    run_shell(f"tar czf /srv/backup/{name}.tgz /srv/data")


def grep(pattern, filename):
    # ruleid: py.subprocess-shell
    out = subprocess.check_output("grep %s %s" % (pattern, filename), shell=True)
    return out


def ping(host):
    # ruleid: py.subprocess-shell
    return subprocess.call("ping -c 1 " + host, shell=True)


def popen_shell(cmd):
    # ruleid: py.subprocess-shell
    p = Popen(cmd, shell=True, stdout=subprocess.PIPE)
    return p.communicate()


def read_pipe(cmd):
    # ruleid: py.os-system
    return os.popen(cmd).read()


def calculator():
    expr = input("expression: ")
    # ruleid: py.eval-input
    print(eval(expr if expr else input()))


def run_plugin(source):
    # ruleid: py.eval
    exec(source, {"__builtins__": {}})


def load_handler(name):
    # ruleid: py.dynamic-import
    module = importlib.import_module(name)
    return module.handle


def from_argv():
    # ruleid: py.eval-input
    return eval(sys.argv[1])


def spawn(prog, args):
    # ruleid: py.os-exec
    os.execvp(prog, [prog] + args)


# --- safe look-alikes ---------------------------------------------------------

def list_dir_safe(path):
    # ok: py.subprocess-shell
    return subprocess.run(["ls", "-l", path], check=True, capture_output=True)


def documented():
    # os.system("rm -rf /") is never called here: this comment must not fire
    # ok: py.os-system
    message = "never call os.system(user_input) in production"
    return message


def model_eval(model):
    # ok: py.eval
    model.eval()
    return model


def literal_eval_safe(text):
    import ast
    # ok: py.eval
    return ast.literal_eval(text)


def constant_shell():
    # ok: py.subprocess-shell
    return subprocess.run("uptime", shell=False)


def safe_import():
    # ok: py.dynamic-import
    return importlib.import_module("json")
