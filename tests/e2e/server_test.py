"""End-to-end tests: the real `riemann` binary on a free loopback port, real HTTP, real sandbox.

Usage: server_test.py PATH_TO_RIEMANN
"""
import json
import os
import shutil
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from riemann_server import Server, b64  # noqa: E402

BINARY = None
POLL_TIMEOUT_S = 30


class ServerTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server(BINARY, extra_args=["--max-body", "1MB", "--workers", "2"]).start()

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.server.data_dir, ignore_errors=True)

    def test_python_hello(self):
        status, headers, doc = self.server.execute('print("hello from riemann")')
        self.assertEqual(status, 200)
        self.assertTrue(doc["success"])
        data = doc["data"]
        self.assertEqual(data["status"], "completed", data.get("error"))
        self.assertEqual(data["output"], "hello from riemann\n")
        self.assertEqual(data["exit_code"], 0)
        self.assertTrue(data["execution_id"].startswith("exec_"))
        for key in ("security_scan", "riemann_analysis", "resource_usage", "wall_time", "execution_time"):
            self.assertIn(key, data)
        self.assertIn("X-Request-Id", headers)
        self.assertEqual(doc["metadata"]["request_id"], headers["X-Request-Id"])

    def test_bash_with_stdin_and_args(self):
        status, _, doc = self.server.execute('read line; echo "$line $1"', language="bash",
                                             stdin=b64("hi\n"), args=["there"])
        self.assertEqual(status, 200)
        self.assertEqual(doc["data"]["status"], "completed")
        self.assertEqual(doc["data"]["output"], "hi there\n")

    def test_runtime_error_is_a_verdict_not_an_engine_failure(self):
        status, _, doc = self.server.execute("import sys\nsys.exit(3)")
        self.assertEqual(status, 200)
        self.assertEqual(doc["data"]["status"], "runtime_error")
        self.assertEqual(doc["data"]["exit_code"], 3)

    def test_time_limit(self):
        status, _, doc = self.server.execute("while True: pass", options={"timeout": 1})
        self.assertEqual(status, 200)
        self.assertEqual(doc["data"]["status"], "time_limit_exceeded")

    def test_client_request_id_is_kept(self):
        status, headers, _ = self.server.json("GET", "/health", headers={"X-Request-Id": "my-trace-42"})
        self.assertEqual(status, 200)
        self.assertEqual(headers["X-Request-Id"], "my-trace-42")

    def assert_validation(self, status, doc, field):
        self.assertEqual(status, 400, doc)
        self.assertFalse(doc["success"])
        self.assertEqual(doc["error"]["code"], "VALIDATION_ERROR")
        self.assertEqual(doc["error"]["details"]["field"], field)
        self.assertIn("request_id", doc["metadata"])

    def test_malformed_json(self):
        status, _, doc = self.server.json("POST", "/v1/execute", raw=b'{"code": ')
        self.assert_validation(status, doc, "body")

    def test_bad_base64(self):
        status, _, doc = self.server.json("POST", "/v1/execute", {"code": "not base64!", "language": "python"})
        self.assert_validation(status, doc, "code")

    def test_unknown_language(self):
        status, _, doc = self.server.json("POST", "/v1/execute", {"code": b64("x"), "language": "cobol"})
        self.assert_validation(status, doc, "language")
        self.assertIn("python", doc["error"]["details"]["allowed_values"])

    def test_limit_above_maximum(self):
        status, _, doc = self.server.execute("print(1)", options={"timeout": 100000})
        self.assert_validation(status, doc, "options.timeout")
        self.assertIn("max", doc["error"]["details"])

    def test_oversize_body_is_413(self):
        big = b'{"code": "' + b"A" * (2 * 1024 * 1024) + b'", "language": "python"}'
        status, _, payload = self.server.request("POST", "/v1/execute", raw=big)
        self.assertEqual(status, 413)
        self.assertEqual(json.loads(payload)["error"]["code"], "PAYLOAD_TOO_LARGE")
        # The server is still alive and well.
        self.assertEqual(self.server.request("GET", "/health")[0], 200)

    def test_unknown_execution_is_404(self):
        status, _, doc = self.server.json("GET", "/v1/execute/exec_nowhere_0000000000000deadbeef")
        self.assertEqual(status, 404)
        self.assertEqual(doc["error"]["code"], "NOT_FOUND")

    def test_async_then_poll(self):
        status, _, doc = self.server.execute('print("later")', options={"wait": False})
        self.assertEqual(status, 202)
        self.assertEqual(doc["data"]["status"], "queued")
        exec_id = doc["data"]["execution_id"]
        deadline = time.time() + POLL_TIMEOUT_S
        while time.time() < deadline:
            status, _, doc = self.server.json("GET", f"/v1/execute/{exec_id}")
            self.assertEqual(status, 200)
            if doc["data"]["status"] not in ("queued", "running"):
                break
            time.sleep(0.05)
        self.assertEqual(doc["data"]["status"], "completed")
        self.assertEqual(doc["data"]["output"], "later\n")

    def test_health_and_metrics(self):
        self.server.execute('print("count me")')
        status, _, doc = self.server.json("GET", "/health")
        self.assertEqual(status, 200)
        self.assertEqual(doc["status"], "healthy")
        self.assertGreaterEqual(doc["metrics"]["total_executions"], 1)
        status, headers, text = self.server.request("GET", "/metrics")
        self.assertEqual(status, 200)
        text = text.decode()
        self.assertIn("riemann_executions_total{", text)
        self.assertIn('riemann_supervisor_children{supervisor="execution"}', text)
        self.assertIn('riemann_supervisor_restarts_total{child="worker",supervisor="execution"}', text)
        self.assertIn("riemann_http_requests_total{", text)
        status, _, doc = self.server.json("GET", "/metrics", headers={"Accept": "application/json"})
        self.assertEqual(status, 200)
        self.assertIn("execution_metrics", doc["data"])

    def test_languages(self):
        status, _, doc = self.server.json("GET", "/v1/languages")
        self.assertEqual(status, 200)
        names = {l["name"] for l in doc["data"]["languages"]}
        self.assertTrue({"python", "bash"} <= names)


class RestartTest(unittest.TestCase):
    def test_result_survives_kill_9(self):
        server = Server(BINARY).start()
        try:
            status, _, doc = server.execute('print("hello from riemann")')
            self.assertEqual(status, 200)
            before = doc["data"]
            server.kill9()
            server.start(port=server.port)
            status, _, doc = server.json("GET", f"/v1/execute/{before['execution_id']}")
            self.assertEqual(status, 200)
            self.assertEqual(doc["data"], before)
        finally:
            server.stop()
            shutil.rmtree(server.data_dir, ignore_errors=True)


if __name__ == "__main__":
    BINARY = sys.argv.pop(1)
    unittest.main(verbosity=2)
