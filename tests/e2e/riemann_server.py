"""Starts and stops a real `riemann serve` process on a free loopback port, for end-to-end tests.

Only the Python standard library is used, so the tests run on a fresh Debian 12 machine with
nothing but python3. Every server started here is stopped (SIGTERM, then SIGKILL) by the tests.
"""
import base64
import json
import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request

START_TIMEOUT_S = 30   # a cold start probes every language toolchain
REQUEST_TIMEOUT_S = 60


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def b64(text):
    return base64.b64encode(text.encode() if isinstance(text, str) else text).decode()


class Server:
    def __init__(self, binary, data_dir=None, extra_args=(), auth=False):
        self.binary = binary
        self.auth = auth
        self.data_dir = data_dir or tempfile.mkdtemp(prefix="riemann-e2e-")
        # The sandbox's per-slot directories live below; slot users must be able to traverse.
        os.chmod(self.data_dir, 0o755)
        self.extra_args = list(extra_args)
        self.port = None
        self.proc = None
        self.log = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, port=None):
        self.port = port or free_port()
        self.log = open(os.path.join(self.data_dir, "server.log"), "ab")
        self.proc = subprocess.Popen(
            [self.binary, "serve", "--listen", f"127.0.0.1:{self.port}", "--data-dir", self.data_dir,
             "--sandbox-dir", os.path.join(self.data_dir, "slots")]
            + ([] if self.auth else ["--no-auth"]) + self.extra_args,
            stdout=self.log, stderr=self.log)
        deadline = time.time() + START_TIMEOUT_S
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode}; see {self.log.name}")
            try:
                status, _, _ = self.request("GET", "/health")
                if status in (200, 503):
                    return self
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError("server did not answer /health in time")

    def create_key(self, tier="free", name="e2e"):
        """Creates an API key with the CLI, as an operator would; returns (key, key_id)."""
        out = subprocess.run([self.binary, "keys", "create", "--data-dir", self.data_dir, "--tier", tier,
                              "--name", name], capture_output=True, text=True, check=True).stdout
        lines = out.strip().splitlines()
        return lines[-1], lines[0].split()[2]

    def keys(self, *args):
        return subprocess.run([self.binary, "keys", *args, "--data-dir", self.data_dir],
                              capture_output=True, text=True)

    def kill9(self):
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill9()
        if self.log:
            self.log.close()

    def request(self, method, path, body=None, headers=None, raw=None):
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        req = urllib.request.Request(self.url + path, data=data, method=method, headers=headers or {})
        if data is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=REQUEST_TIMEOUT_S) as resp:
                return resp.status, dict(resp.headers), resp.read()
        except urllib.error.HTTPError as err:
            return err.code, dict(err.headers), err.read()

    def json(self, method, path, body=None, headers=None, raw=None):
        status, hdrs, payload = self.request(method, path, body, headers, raw)
        return status, hdrs, json.loads(payload)

    def execute(self, code, language="python", **fields):
        body = {"code": b64(code), "language": language}
        body.update(fields)
        return self.json("POST", "/v1/execute", body)
