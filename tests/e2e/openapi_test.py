"""The OpenAPI document (docs/openapi.json) checked against the real server: every documented
route is called, every answer's status must be documented for that route, and its body must
match the documented schema (required fields, types, enums, nested objects).

Usage: openapi_test.py PATH_TO_RIEMANN
"""
import concurrent.futures
import json
import os
import shutil
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from riemann_server import Server, b64  # noqa: E402
from ws_client import WebSocket  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = None
TYPES = {"object": dict, "array": list, "string": str, "boolean": bool, "integer": int, "number": (int, float)}


class Validator:
    def __init__(self, doc):
        self.doc = doc

    def resolve(self, schema):
        while "$ref" in schema:
            node = self.doc
            for part in schema["$ref"].lstrip("#/").split("/"):
                node = node[part]
            schema = node
        return schema

    def check(self, value, schema, where="$"):
        schema = self.resolve(schema)
        for sub in schema.get("allOf", []):
            self.check(value, sub, where)
        if value is None:
            if schema.get("nullable") or "type" not in schema:
                return
            raise AssertionError(f"{where}: null where {schema.get('type')} is required")
        t = schema.get("type")
        if t:
            ok = isinstance(value, TYPES[t]) and not (t in ("integer", "number") and isinstance(value, bool))
            if not ok:
                raise AssertionError(f"{where}: {value!r} is not {t}")
        if "enum" in schema and value not in schema["enum"]:
            raise AssertionError(f"{where}: {value!r} not in {schema['enum']}")
        if isinstance(value, dict):
            for key in schema.get("required", []):
                if key not in value:
                    raise AssertionError(f"{where}: missing required field {key}")
            for key, sub in schema.get("properties", {}).items():
                if key in value:
                    self.check(value[key], sub, f"{where}.{key}")
        if isinstance(value, list) and "items" in schema:
            for i, item in enumerate(value):
                self.check(item, schema["items"], f"{where}[{i}]")


class OpenApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(os.path.join(ROOT, "docs", "openapi.json")) as f:
            cls.doc = json.load(f)
        cls.validator = Validator(cls.doc)
        cls.server = Server(BINARY, auth=True, extra_args=["--max-body", "1MB"]).start()
        cls.key, cls.key_id = cls.server.create_key(tier="enterprise", name="openapi")
        cls.covered = set()

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.server.data_dir, ignore_errors=True)

    def auth(self, key=None):
        return {"Authorization": f"Bearer {key or self.key}"}

    def call(self, method, template, path=None, body=None, headers=None, raw=None, expect=None):
        status, hdrs, payload = self.server.request(method, path or template, body=body, headers=headers, raw=raw)
        responses = self.doc["paths"][template][method.lower()]["responses"]
        self.assertIn(str(status), responses, f"{method} {template}: undocumented status {status}: {payload[:300]}")
        if expect is not None:
            self.assertEqual(status, expect, payload[:300])
        content = responses[str(status)].get("content", {})
        if "application/json" in content:
            self.validator.check(json.loads(payload), content["application/json"]["schema"], f"{method} {template} {status}")
        for header in responses[str(status)].get("headers", {}):
            self.assertIn(header, hdrs, f"{method} {template} {status}: missing header {header}")
        self.covered.add((method.lower(), template))
        return status, payload

    def test_execute(self):
        ok = {"language": "python", "code": b64("print('x')")}
        _, payload = self.call("POST", "/v1/execute", body=ok, headers=self.auth(), expect=200)
        exec_id = json.loads(payload)["data"]["execution_id"]
        self.call("POST", "/v1/execute", body=dict(ok, options={"wait": False}), headers=self.auth(), expect=202)
        self.call("POST", "/v1/execute", body={"language": "python"}, headers=self.auth(), expect=400)
        self.call("POST", "/v1/execute", body=ok, expect=401)
        self.call("POST", "/v1/execute", raw=b'{"code":"' + b"A" * (2 << 20) + b'"}', headers=self.auth(), expect=413)
        self.call("GET", "/v1/execute/{id}", f"/v1/execute/{exec_id}", headers=self.auth(), expect=200)
        self.call("GET", "/v1/execute/{id}", "/v1/execute/exec_x_0000000000000deadbeef", headers=self.auth(), expect=404)
        self.call("GET", "/v1/execute/{id}", f"/v1/execute/{exec_id}", expect=401)

    def test_rate_limit_and_revocation(self):
        key, key_id = self.server.create_key(tier="free", name="limited")
        body = {"language": "python", "code": b64("print(1)"), "options": {"wait": False}}
        with concurrent.futures.ThreadPoolExecutor(4) as pool:
            statuses = list(pool.map(lambda _: self.call("POST", "/v1/execute", body=body, headers=self.auth(key))[0],
                                     range(16)))
        self.assertIn(429, statuses)
        self.server.keys("revoke", key_id)
        import time
        time.sleep(2.5)
        self.call("POST", "/v1/execute", body=body, headers=self.auth(key), expect=403)

    def test_batch(self):
        body = {"batch": [{"language": "python", "code": b64("print(1)")}, {"language": "cobol", "code": ""}]}
        self.call("POST", "/v1/execute/batch", body=body, headers=self.auth(), expect=200)
        self.call("POST", "/v1/execute/batch", body={"batch": "no"}, headers=self.auth(), expect=400)
        self.call("POST", "/v1/execute/batch", body=body, expect=401)

    def test_languages_health_metrics(self):
        self.call("GET", "/v1/languages", headers=self.auth(), expect=200)
        self.call("GET", "/v1/languages", expect=401)
        self.call("GET", "/v1/cluster", headers=self.auth(), expect=200)
        self.call("GET", "/v1/cluster", expect=401)
        self.call("GET", "/health", expect=200)
        self.call("GET", "/metrics", expect=200)

    def test_stream(self):
        ws = WebSocket(self.server.port, "/v1/execute/stream", headers=self.auth())
        self.assertEqual(ws.status, 101)
        ws.close()
        ws = WebSocket(self.server.port, "/v1/execute/stream")
        self.assertEqual(ws.status, 401)
        ws.close()
        self.covered.add(("get", "/v1/execute/stream"))

    def test_zz_every_documented_route_was_called(self):
        documented = {(m, p) for p, ops in self.doc["paths"].items() for m in ops}
        self.assertEqual(documented - self.covered, set())


if __name__ == "__main__":
    BINARY = sys.argv.pop(1)
    unittest.main(verbosity=2)
