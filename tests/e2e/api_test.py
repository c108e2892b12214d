"""End-to-end tests of the API surface around executions: API keys (401/403), tiers and rate
limits (429 + Retry-After, X-RateLimit-*), monthly usage persisted across restarts, async with a
bounded queue, batch with a bad item, validation errors naming the field, 413 on huge bodies.

Usage: api_test.py PATH_TO_RIEMANN
"""
import concurrent.futures
import os
import shutil
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from riemann_server import Server, b64  # noqa: E402

BINARY = None
BURST = 30


class ApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server(BINARY, auth=True, extra_args=["--workers", "2"]).start()
        cls.pro, cls.pro_id = cls.server.create_key(tier="pro", name="pro")

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.server.data_dir, ignore_errors=True)

    def auth(self, key=None):
        return {"Authorization": f"Bearer {key or self.pro}"}

    def test_no_key_and_bad_key_are_401(self):
        for headers in ({}, {"Authorization": "Bearer rk_0000000000000000000000000000000000000000"},
                        {"Authorization": "Basic Zm9vOmJhcg=="}):
            status, _, doc = self.server.json("GET", "/v1/languages", headers=headers)
            with self.subTest(headers=headers):
                self.assertEqual(status, 401)
                self.assertEqual(doc["error"]["code"], "UNAUTHORIZED")
        # /health and /metrics stay open.
        self.assertEqual(self.server.request("GET", "/health")[0], 200)
        self.assertEqual(self.server.request("GET", "/metrics")[0], 200)

    def test_revoked_key_is_403(self):
        key, key_id = self.server.create_key(tier="free", name="to-revoke")
        self.assertEqual(self.server.json("GET", "/v1/languages", headers=self.auth(key))[0], 200)
        out = self.server.keys("revoke", key_id)
        self.assertEqual(out.returncode, 0, out.stderr)
        time.sleep(2.5)  # the key cache keeps an answer for at most 2 s
        status, _, doc = self.server.json("GET", "/v1/languages", headers=self.auth(key))
        self.assertEqual(status, 403)
        self.assertEqual(doc["error"]["code"], "FORBIDDEN")

    def test_free_key_burst_is_rate_limited(self):
        key, _ = self.server.create_key(tier="free", name="burst")
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            results = list(pool.map(lambda _: self.server.request("GET", "/v1/languages", headers=self.auth(key)),
                                    range(BURST)))
        codes = [status for status, _, _ in results]
        self.assertIn(429, codes)
        self.assertIn(200, codes)
        self.assertLessEqual(codes.count(200), 12)  # burst 10 (+ refill during the burst)
        limited = next(h for s, h, _ in results if s == 429)
        self.assertGreaterEqual(int(limited["Retry-After"]), 1)
        self.assertEqual(limited["X-RateLimit-Limit"], "10")
        self.assertEqual(limited["X-RateLimit-Remaining"], "0")
        ok = next(h for s, h, _ in results if s == 200)
        self.assertIn("X-RateLimit-Remaining", ok)

    def test_async_then_poll(self):
        status, _, doc = self.server.json("POST", "/v1/execute", headers=self.auth(), body={
            "language": "python", "code": b64("print('async')"), "options": {"wait": False}})
        self.assertEqual(status, 202)
        self.assertEqual(doc["data"]["status"], "queued")
        exec_id = doc["data"]["execution_id"]
        seen = set()
        deadline = time.time() + 30
        while time.time() < deadline:
            status, _, doc = self.server.json("GET", f"/v1/execute/{exec_id}", headers=self.auth())
            self.assertEqual(status, 200)
            seen.add(doc["data"]["status"])
            if doc["data"]["status"] not in ("queued", "running"):
                break
            time.sleep(0.02)
        self.assertEqual(doc["data"]["status"], "completed")
        self.assertEqual(doc["data"]["output"], "async\n")

    def test_batch_with_one_bad_item(self):
        status, _, doc = self.server.json("POST", "/v1/execute/batch", headers=self.auth(), body={"batch": [
            {"language": "python", "code": b64("print('first')")},
            {"language": "python", "code": "%%%"},
            {"language": "bash", "code": b64("echo third")},
        ]})
        self.assertEqual(status, 200, doc)
        results = doc["data"]["results"]
        self.assertEqual(len(results), 3)
        self.assertEqual(results[0]["data"]["output"], "first\n")
        self.assertFalse(results[1]["success"])
        self.assertEqual(results[1]["error"]["code"], "VALIDATION_ERROR")
        self.assertEqual(results[1]["error"]["details"]["field"], "batch[1].code")
        self.assertEqual(results[2]["data"]["output"], "third\n")

    def test_batch_size_is_bounded(self):
        status, _, doc = self.server.json("POST", "/v1/execute/batch", headers=self.auth(),
                                          body={"batch": [{"language": "python", "code": ""}] * 33})
        self.assertEqual(status, 400)
        self.assertEqual(doc["error"]["details"]["field"], "batch")

    def test_validation_errors_name_the_field(self):
        cases = [
            ({"language": "python"}, "code"),
            ({"code": b64("x"), "language": "python", "options": {"timeout": -1}}, "options.timeout"),
            ({"code": b64("x"), "language": "python", "options": {"memory_limit": "64TB"}}, "options.memory_limit"),
            ({"code": b64("x"), "language": "python", "options": {"security_level": "paranoid"}},
             "options.security_level"),
            ({"code": b64("x"), "language": "python", "stdin": 42}, "stdin"),
            ({"code": b64("x"), "language": "python", "extra": 1}, "extra"),
        ]
        for body, field in cases:
            status, _, doc = self.server.json("POST", "/v1/execute", headers=self.auth(), body=body)
            with self.subTest(field=field):
                self.assertEqual(status, 400)
                self.assertEqual(doc["error"]["code"], "VALIDATION_ERROR")
                self.assertEqual(doc["error"]["details"]["field"], field)
                self.assertIn(field, doc["error"]["message"])

    def test_20mb_body_is_413(self):
        big = b'{"code": "' + b"A" * (20 * 1024 * 1024) + b'", "language": "python"}'
        try:
            status, _, payload = self.server.request("POST", "/v1/execute", raw=big, headers=self.auth())
            self.assertEqual(status, 413)
        except ConnectionError:
            pass  # the server may close before the client finishes sending 20 MB; it said 413 first
        self.assertEqual(self.server.request("GET", "/health")[0], 200)

    def test_queue_is_bounded_with_503(self):
        # Fill 2 workers + the queue with sleepers, asynchronously; the excess gets 503.
        server = Server(BINARY, extra_args=["--workers", "1", "--queue-capacity", "2"]).start()
        try:
            codes = []
            for _ in range(6):
                status, headers, doc = server.json("POST", "/v1/execute", body={
                    "language": "bash", "code": b64("sleep 2"), "options": {"wait": False}})
                codes.append(status)
                if status == 503:
                    self.assertEqual(doc["error"]["code"], "SERVICE_UNAVAILABLE")
                    self.assertIn("Retry-After", headers)
            self.assertEqual(codes[:3], [202, 202, 202])
            self.assertIn(503, codes)
        finally:
            server.stop()
            shutil.rmtree(server.data_dir, ignore_errors=True)


class Receiver:
    """A local webhook receiver on a free loopback port; answers with the queued status codes."""

    def __init__(self, statuses=()):
        import http.server
        import threading
        self.received = []
        self.statuses = list(statuses)
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                outer.received.append((dict(self.headers), body))
                self.send_response(outer.statuses.pop(0) if outer.statuses else 200)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def wait(self, count, timeout=30):
        deadline = time.time() + timeout
        while len(self.received) < count and time.time() < deadline:
            time.sleep(0.05)
        return self.received

    def close(self):
        self.httpd.shutdown()
        self.httpd.server_close()


class WebhookTest(unittest.TestCase):
    SECRET = "s3cret-for-tests"

    def start(self, data_dir=None):
        return Server(BINARY, data_dir=data_dir, extra_args=[
            "--webhook-secret", self.SECRET, "--webhook-allow-private", "127.0.0.1",
            "--webhook-backoff", "0.2"]).start()

    def verify(self, headers, body):
        import hashlib
        import hmac
        import json
        expected = "sha256=" + hmac.new(self.SECRET.encode(), body, hashlib.sha256).hexdigest()
        self.assertEqual(headers["X-Riemann-Signature"], expected)
        return json.loads(body)

    def test_signed_delivery_with_retry(self):
        receiver = Receiver(statuses=[500])  # the first attempt fails, the retry succeeds
        server = self.start()
        try:
            status, _, doc = server.execute("print('hook')", options={
                "webhook_url": f"http://127.0.0.1:{receiver.port}/hook"})
            self.assertEqual(status, 200)
            got = receiver.wait(2)
            self.assertEqual(len(got), 2)
            payload = self.verify(*got[1])
            self.assertEqual(payload["event"], "execution.completed")
            self.assertEqual(payload["data"]["execution_id"], doc["data"]["execution_id"])
            self.assertEqual(payload["data"]["output"], "hook\n")
            self.assertIn("timestamp", payload)
        finally:
            server.stop()
            receiver.close()
            shutil.rmtree(server.data_dir, ignore_errors=True)

    def test_failed_execution_and_security_alert(self):
        receiver = Receiver()
        server = self.start()
        try:
            server.execute("import os\nos.system(input())\nraise SystemExit(1)", stdin=b64("true\n"),
                           options={"webhook_url": f"http://127.0.0.1:{receiver.port}/"})
            events = sorted(self.verify(h, b)["event"] for h, b in receiver.wait(2))
            self.assertEqual(events, ["execution.failed", "security.alert"])
        finally:
            server.stop()
            receiver.close()
            shutil.rmtree(server.data_dir, ignore_errors=True)

    def test_queue_survives_restart(self):
        import socket
        with socket.socket() as s:  # a port with nobody listening yet
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        server = self.start()
        try:
            server.execute("print(1)", options={"webhook_url": f"http://127.0.0.1:{port}/late"})
            time.sleep(0.5)  # the first attempt fails: connection refused
            server.kill9()
            receiver = Receiver()
            receiver.httpd.server_close()
            import http.server
            receiver.httpd = http.server.HTTPServer(("127.0.0.1", port), receiver.httpd.RequestHandlerClass)
            import threading
            threading.Thread(target=receiver.httpd.serve_forever, daemon=True).start()
            server = Server(BINARY, data_dir=server.data_dir, extra_args=server.extra_args).start()
            got = receiver.wait(1)
            self.assertEqual(len(got), 1)
            self.assertEqual(self.verify(*got[0])["event"], "execution.completed")
            receiver.close()
        finally:
            server.stop()
            shutil.rmtree(server.data_dir, ignore_errors=True)

    def test_key_default_webhook(self):
        receiver = Receiver()
        server = Server(BINARY, auth=True, extra_args=[
            "--webhook-secret", self.SECRET, "--webhook-allow-private", "127.0.0.1"]).start()
        try:
            out = server.keys("create", "--tier", "pro", "--name", "hooked",
                              "--webhook-url", f"http://127.0.0.1:{receiver.port}/key-default")
            self.assertEqual(out.returncode, 0, out.stderr)
            key = out.stdout.strip().splitlines()[-1]
            status, _, doc = server.json("POST", "/v1/execute", headers={"Authorization": f"Bearer {key}"},
                                         body={"language": "python", "code": b64("print(2)")})
            self.assertEqual(status, 200)
            got = receiver.wait(1)
            self.assertEqual(len(got), 1)
            self.assertEqual(self.verify(*got[0])["data"]["execution_id"], doc["data"]["execution_id"])
        finally:
            server.stop()
            receiver.close()
            shutil.rmtree(server.data_dir, ignore_errors=True)

    def test_internal_addresses_are_refused(self):
        server = Server(BINARY).start()
        try:
            for url in ("http://169.254.169.254/latest/meta-data", "http://10.0.0.1/", "http://[::1]:8080/",
                        "ftp://example.com/", "http://user:pw@example.com/"):
                status, _, doc = server.execute("print(1)", options={"webhook_url": url})
                with self.subTest(url=url):
                    self.assertEqual(status, 400)
                    self.assertEqual(doc["error"]["details"]["field"], "options.webhook_url")
        finally:
            server.stop()
            shutil.rmtree(server.data_dir, ignore_errors=True)


class StreamTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server(BINARY, auth=True).start()
        cls.key, _ = cls.server.create_key(tier="pro", name="ws")

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.server.data_dir, ignore_errors=True)

    def connect(self, key=None):
        from ws_client import WebSocket
        return WebSocket(self.server.port, "/v1/execute/stream",
                         headers={"Authorization": f"Bearer {key or self.key}"})

    def test_stdout_events_arrive_before_the_result(self):
        import json
        ws = self.connect()
        self.assertEqual(ws.status, 101, ws.response_head)
        program = "import time\nfor i in range(3):\n    print('tick', i, flush=True)\n    time.sleep(0.3)\n"
        ws.send_text(json.dumps({"language": "python", "code": b64(program)}))
        events = []
        while True:
            event = ws.recv()
            if event is None:
                break
            events.append(event)
        ws.close()
        kinds = [e["type"] for e in events]
        self.assertEqual(kinds[0], "queued")
        self.assertIn("started", kinds)
        self.assertEqual(kinds[-2:], ["exit", "result"])
        stdout = [e for e in events if e["type"] == "stdout"]
        self.assertGreaterEqual(len(stdout), 2)  # chunks arrived as the program printed
        self.assertEqual("".join(e["data"] for e in stdout), "tick 0\ntick 1\ntick 2\n")
        self.assertLess(kinds.index("stdout"), kinds.index("result"))
        self.assertEqual(events[-1]["data"]["output"], "tick 0\ntick 1\ntick 2\n")
        self.assertEqual(events[-1]["data"]["execution_id"], events[0]["execution_id"])
        self.assertEqual(ws.close_code, 1000)

    def test_live_stdin(self):
        import json
        ws = self.connect()
        program = "import sys\nfor line in sys.stdin:\n    print(line.strip().upper(), flush=True)\nprint('eof')\n"
        ws.send_text(json.dumps({"language": "python", "code": b64(program), "options": {"timeout": 20}}))
        self.assertEqual(ws.recv()["type"], "queued")
        self.assertEqual(ws.recv()["type"], "started")
        ws.send_text(json.dumps({"type": "stdin", "data": "hello\n"}))
        first = ws.recv()
        self.assertEqual(first, {"type": "stdout", "data": "HELLO\n"})  # answered while it runs
        ws.send_text(json.dumps({"type": "stdin", "data": "again\n"}))
        ws.send_text(json.dumps({"type": "stdin_close"}))
        events = []
        while (event := ws.recv()) is not None:
            events.append(event)
        ws.close()
        self.assertEqual(events[-1]["data"]["output"], "HELLO\nAGAIN\neof\n")
        self.assertEqual(events[-1]["data"]["status"], "completed")

    def test_invalid_request_closes_with_policy_error(self):
        import json
        ws = self.connect()
        ws.send_text(json.dumps({"language": "cobol", "code": ""}))
        event = ws.recv()
        self.assertEqual(event["type"], "error")
        self.assertEqual(event["error"]["details"]["field"], "language")
        self.assertIsNone(ws.recv())
        self.assertEqual(ws.close_code, 1008)
        ws.close()

    def test_upgrade_needs_a_key(self):
        from ws_client import WebSocket
        ws = WebSocket(self.server.port, "/v1/execute/stream")
        self.assertEqual(ws.status, 401)
        ws.close()


class UsagePersistsTest(unittest.TestCase):
    def test_monthly_usage_survives_restart(self):
        server = Server(BINARY, auth=True).start()
        try:
            key, key_id = server.create_key(tier="pro", name="usage")
            for _ in range(7):
                self.assertEqual(server.request("GET", "/v1/languages", headers={"Authorization": f"Bearer {key}"})[0], 200)
            time.sleep(0.5)
            server.kill9()
            server.start(port=server.port)
            listing = server.keys("list").stdout
            line = next(l for l in listing.splitlines() if l.startswith(key_id))
            self.assertEqual(line.split()[3], "7", listing)
        finally:
            server.stop()
            shutil.rmtree(server.data_dir, ignore_errors=True)


if __name__ == "__main__":
    BINARY = sys.argv.pop(1)
    unittest.main(verbosity=2)
