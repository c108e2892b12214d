"""Resource exhaustion, FFI, network, suppression."""
import ctypes
import os
import socket
# ruleid: py.subprocess-import
import subprocess


def bomb():
    while True:
        # ruleid: py.fork-loop
        os.fork()


def hog():
    # ruleid: py.memory-bomb
    return "A" * 10 ** 12


def native():
    # ruleid: py.ctypes
    libc = ctypes.CDLL("libc.so.6")
    return libc.getpid()


def connect(host):
    # ruleid: py.network-socket
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    # ruleid: py.bind-all
    s.bind(("0.0.0.0", 8080))
    return s


def escape():
    # ruleid: py.exec-sandbox-escape
    return ().__class__.__bases__[0].__subclasses__()


def audited(cmd):
    # A reviewed call, silenced with nosec: reported as suppressed, not counted.
    return subprocess.call(cmd, shell=True)  # nosec B602


# --- safe look-alikes ---------------------------------------------------------

def bounded_workers():
    for _ in range(4):
        # ok: py.fork-loop
        os.fork()


def banner():
    # ok: py.memory-bomb
    return "=" * 80


def local_only():
    # ruleid: py.network-socket
    s = socket.create_server(("127.0.0.1", 8080))
    # ok: py.bind-all
    host = "127.0.0.1"
    return s, host
