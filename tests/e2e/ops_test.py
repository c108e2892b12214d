"""The operator files in ops/ cannot drift from the server: the alert rules and scrape config pass
`promtool check`, the Grafana dashboard is valid JSON, and every riemann_* metric the alerts and
the dashboard query is exported by a live server's /metrics.

Usage: ops_test.py PATH_TO_RIEMANN
"""
import json
import os
import re
import shutil
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from riemann_server import Server  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OPS = os.path.join(ROOT, "ops")
BINARY = None
HISTOGRAM_SUFFIXES = ("_bucket", "_sum", "_count")


def metric_names(text):
    names = set()
    for name in re.findall(r"\briemann_[a-z_]+", text):
        for suffix in HISTOGRAM_SUFFIXES:
            if name.endswith(suffix):
                name = name[: -len(suffix)]
        names.add(name)
    return names


class OpsTest(unittest.TestCase):
    def test_promtool_accepts_rules_and_config(self):
        promtool = shutil.which("promtool")
        self.assertIsNotNone(promtool, "promtool missing: ops/setup.sh installs the prometheus package")
        for args in (["check", "rules", os.path.join(OPS, "prometheus", "alerts.yml")],
                     ["check", "config", os.path.join(OPS, "prometheus", "prometheus.yml")]):
            out = subprocess.run([promtool, *args], capture_output=True, text=True)
            self.assertEqual(out.returncode, 0, out.stdout + out.stderr)

    def test_every_queried_metric_exists(self):
        with open(os.path.join(OPS, "prometheus", "alerts.yml")) as f:
            wanted = metric_names(f.read())
        with open(os.path.join(OPS, "grafana", "riemann-dashboard.json")) as f:
            dashboard = json.load(f)
        for panel in dashboard["panels"]:
            for target in panel["targets"]:
                wanted |= metric_names(target["expr"])
        self.assertGreaterEqual(len(wanted), 10)
        server = Server(BINARY).start()
        try:
            # Series whose labels are open-ended appear with their first event: a program that
            # tries a network socket (a refused syscall) and computes primes (a Riemann pattern).
            server.execute("import socket\ntry:\n    socket.socket()\nexcept OSError:\n    pass\n"
                           "n = 50\nsieve = [True] * (n + 1)\nfor i in range(2, n + 1):\n"
                           "    if sieve[i]:\n        for j in range(i * i, n + 1, i):\n"
                           "            sieve[j] = False\nprint([p for p in range(2, n + 1) if sieve[p]])\n")
            status, _, text = server.request("GET", "/metrics")
            self.assertEqual(status, 200)
            exported = set(re.findall(r"^# TYPE (riemann_[a-z_]+) ", text.decode(), flags=re.M))
        finally:
            server.stop()
            shutil.rmtree(server.data_dir, ignore_errors=True)
        self.assertEqual(wanted - exported, set())


if __name__ == "__main__":
    BINARY = sys.argv.pop(1)
    unittest.main(verbosity=2)
