"""Cluster end-to-end test (issue 7 §6): three real `riemann serve` processes on loopback, joined
with --join and a shared secret; 60 asynchronous executions sent to the first node while the
second is killed with SIGKILL. Nothing may be lost, the death must show in /v1/cluster within
15 s, and the killed node must rejoin when it comes back. A node with the wrong secret is refused.

Only processes this test started are signalled. Usage: cluster_test.py PATH_TO_RIEMANN
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from riemann_server import Server, b64, free_port  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = None
SECRET = "e2e-cluster-secret"
EXECUTIONS = 60
KILL_AFTER = 20
MIN_COMPLETED = 57
DETECT_LIMIT_S = 15
JOIN_LIMIT_S = 15
FINISH_LIMIT_S = 180
POLL_INTERVAL_S = 0.2
TERMINAL = {"completed", "runtime_error", "signaled", "time_limit_exceeded", "memory_limit_exceeded",
            "output_limit_exceeded", "compilation_error", "rejected", "internal_error"}
NETWORK_EXECUTIONS = 6
NETWORK_KILL_AFTER_S = 1.5
PROGRAM = "import time\ntime.sleep(0.3)\nprint('done')\n"


class Node:
    def __init__(self, name, secret=SECRET, join=()):
        self.name = name
        self.cluster_port = free_port()
        self.address = f"127.0.0.1:{self.cluster_port}"
        args = ["--node-name", name, "--workers", "2", "--cluster-listen", self.address,
                "--cluster-secret", secret, "--allow-network"]
        for seed in join:
            args += ["--join", seed]
        self.server = Server(BINARY, extra_args=args)

    def start(self, port=None):
        self.server.start(port)
        return self

    def cluster(self):
        status, _, doc = self.server.json("GET", "/v1/cluster")
        assert status == 200, doc
        return {n["name"]: n for n in doc["data"]["nodes"]}


def wait_for(predicate, limit_s):
    deadline = time.time() + limit_s
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(POLL_INTERVAL_S)
    return False


class ClusterTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.nodes = []
        a = Node("alpha").start()
        cls.nodes.append(a)
        cls.nodes.append(Node("beta", join=[a.address]).start())
        cls.nodes.append(Node("gamma", join=[a.address]).start())
        cls.a, cls.b, cls.c = cls.nodes

    @classmethod
    def tearDownClass(cls):
        for n in cls.nodes:
            n.server.stop()
        for n in cls.nodes:
            shutil.rmtree(n.server.data_dir, ignore_errors=True)

    def states(self, node):
        return {name: n["state"] for name, n in node.cluster().items()}

    def test_1_membership_converges(self):
        want = {"alpha": "up", "beta": "up", "gamma": "up"}
        for n in self.nodes:
            self.assertTrue(wait_for(lambda n=n: self.states(n) == want, JOIN_LIMIT_S),
                            f"{n.name} sees {self.states(n)}")
        view = self.a.cluster()
        self.assertTrue(view["alpha"]["self"])
        self.assertEqual(view["beta"]["capacity"]["workers"], 2)
        self.assertIn("python", view["gamma"]["languages"])
        self.assertIn("execution", [s["name"] for s in view["alpha"]["supervisors"]])
        status, _, doc = self.c.server.json("GET", "/v1/languages")
        self.assertEqual(status, 200)
        python = [l for l in doc["data"]["languages"] if l["name"] == "python"][0]
        self.assertEqual(sorted(python["nodes"]), ["alpha", "beta", "gamma"])

    def test_1b_status_command_shows_every_node(self):
        out = subprocess.run([BINARY, "status", "--url", self.b.server.url], capture_output=True, text=True,
                             timeout=30)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertIn("3 node(s): 3 up, 0 suspect, 0 down", out.stdout)
        for name in ("alpha", "beta *", "gamma"):
            self.assertIn(name, out.stdout)
        down = subprocess.run([BINARY, "status", "--url", f"http://127.0.0.1:{free_port()}"],
                              capture_output=True, text=True, timeout=30)
        self.assertEqual(down.returncode, 1)
        self.assertIn("cannot connect", down.stderr)

    def test_2_any_node_answers_for_an_execution(self):
        status, _, doc = self.a.server.execute("print('routed')")
        self.assertEqual(status, 200, doc)
        self.assertEqual(doc["data"]["status"], "completed")
        self.assertIn(doc["metadata"]["node"], {"alpha", "beta", "gamma"})
        self.assertEqual(doc["metadata"]["node"], doc["data"]["node"])
        ident = doc["data"]["execution_id"]
        self.assertTrue(ident.startswith("exec_alpha_"))
        status, _, other = self.c.server.json("GET", f"/v1/execute/{ident}")
        self.assertEqual(status, 200, other)
        self.assertEqual(other["data"]["status"], "completed")
        self.assertEqual(other["data"]["output"], "routed\n")

    def test_3_wrong_secret_is_refused(self):
        intruder = Node("intruder", secret="not-the-secret", join=[self.a.address]).start()
        try:
            time.sleep(4)
            self.assertNotIn("intruder", self.a.cluster())
            self.assertEqual(list(intruder.cluster()), ["intruder"])
        finally:
            intruder.server.stop()
            shutil.rmtree(intruder.server.data_dir, ignore_errors=True)

    def test_4_kill_one_node_mid_load_loses_nothing(self):
        ids = []
        killed_at = None
        for i in range(EXECUTIONS):
            status, _, doc = self.a.server.execute(PROGRAM, options={"wait": False})
            self.assertEqual(status, 202, doc)
            ids.append(doc["data"]["execution_id"])
            if i + 1 == KILL_AFTER:
                self.b.server.kill9()
                killed_at = time.time()
        self.assertTrue(wait_for(lambda: self.states(self.a).get("beta") == "down",
                                 DETECT_LIMIT_S - (time.time() - killed_at)),
                        f"beta not down within {DETECT_LIMIT_S}s: {self.states(self.a)}")
        self.assertEqual(Counter(self.states(self.a).values())["up"], 2)

        final = {}

        def all_terminal():
            for ident in ids:
                if ident in final:
                    continue
                status, _, doc = self.a.server.json("GET", f"/v1/execute/{ident}")
                self.assertEqual(status, 200, doc)
                if doc["data"]["status"] in TERMINAL:
                    final[ident] = doc["data"]
            return len(final) == len(ids)

        self.assertTrue(wait_for(all_terminal, FINISH_LIMIT_S), f"{len(ids) - len(final)} never finished")
        statuses = Counter(d["status"] for d in final.values())
        served = Counter(d.get("node") for d in final.values() if d["status"] == "completed")
        print(f"\nstatuses {dict(statuses)}, completed per node {dict(served)}", file=sys.stderr)
        self.assertGreaterEqual(statuses["completed"], MIN_COMPLETED, statuses)
        self.assertGreaterEqual(len(served), 2, served)
        for d in final.values():
            if d["status"] == "internal_error":
                self.assertIn("was lost", d.get("error", ""))

        _, _, body = self.a.server.request("GET", "/metrics")
        text = body.decode()
        self.assertIn('riemann_cluster_nodes{state="down"} 1', text)
        self.assertIn("riemann_cluster_remote_dispatches_total", text)

        # The killed node comes back on the same ports and rejoins.
        self.b.server.start(self.b.server.port)
        self.assertTrue(wait_for(lambda: self.states(self.a).get("beta") == "up", JOIN_LIMIT_S),
                        f"beta did not rejoin: {self.states(self.a)}")
        self.assertTrue(wait_for(lambda: self.states(self.c).get("beta") == "up", JOIN_LIMIT_S),
                        f"gamma does not see beta again: {self.states(self.c)}")

    def test_5_executions_with_network_are_never_re_run(self):
        self.assertTrue(wait_for(lambda: self.states(self.a).get("beta") == "up", JOIN_LIMIT_S))
        program = "import time\ntime.sleep(4)\nprint('net')\n"
        ids = []
        for _ in range(NETWORK_EXECUTIONS):
            status, _, doc = self.a.server.execute(program, options={"wait": False, "network": True})
            self.assertEqual(status, 202, doc)
            ids.append(doc["data"]["execution_id"])
        time.sleep(NETWORK_KILL_AFTER_S)
        self.b.server.kill9()
        final = {}

        def all_terminal():
            for ident in ids:
                status, _, doc = self.a.server.json("GET", f"/v1/execute/{ident}")
                if status == 200 and doc["data"]["status"] in TERMINAL:
                    final[ident] = doc["data"]
            return len(final) == len(ids)

        self.assertTrue(wait_for(all_terminal, FINISH_LIMIT_S), f"{len(ids) - len(final)} never finished")
        lost = [d for d in final.values() if d["status"] == "internal_error"]
        self.assertGreaterEqual(len(lost), 1, [d["status"] for d in final.values()])
        for d in lost:
            self.assertIn("executions with network access are not re-run", d.get("error", ""))
        for d in final.values():
            if d["status"] != "internal_error":
                self.assertEqual(d["status"], "completed", d)
                self.assertNotEqual(d["node"], "beta")


class LanguageRoutingTest(unittest.TestCase):
    """A node that can run only Python accepts a Bash request and routes it to a node that can."""

    @classmethod
    def setUpClass(cls):
        cls.languages = tempfile.mkdtemp(prefix="riemann-e2e-langs-")
        shutil.copy(os.path.join(ROOT, "config", "languages", "python.json"), cls.languages)
        cls.full = Node("full").start()
        cls.solo = Node("solo", join=[cls.full.address])
        cls.solo.server.extra_args += ["--languages-dir", cls.languages]
        cls.solo.start()

    @classmethod
    def tearDownClass(cls):
        for n in (cls.solo, cls.full):
            n.server.stop()
            shutil.rmtree(n.server.data_dir, ignore_errors=True)
        shutil.rmtree(cls.languages, ignore_errors=True)

    def test_a_language_only_another_node_has_runs_there(self):
        self.assertTrue(wait_for(lambda: set(self.solo.cluster()) == {"solo", "full"}, JOIN_LIMIT_S))
        self.assertEqual(self.solo.cluster()["solo"]["languages"], ["python"])

        def bash_runs():
            status, _, doc = self.solo.server.execute("echo routed by language", language="bash")
            return status == 200 and doc
        # The languages of the peers reach the HTTP layer with the join (heartbeats keep them).
        self.assertTrue(wait_for(lambda: bash_runs() is not False, JOIN_LIMIT_S))
        doc = bash_runs()
        self.assertEqual(doc["data"]["status"], "completed", doc)
        self.assertEqual(doc["data"]["output"], "routed by language\n")
        self.assertEqual(doc["metadata"]["node"], "full")
        status, _, langs = self.solo.server.json("GET", "/v1/languages")
        bash = [entry for entry in langs["data"]["languages"] if entry["name"] == "bash"][0]
        self.assertEqual(bash["nodes"], ["full"])
        status, _, doc = self.solo.server.execute("x", language="cobol")
        self.assertEqual(status, 400, doc)


if __name__ == "__main__":
    BINARY = sys.argv.pop(1)
    unittest.main(verbosity=2)
