"""Partition test (issue 7 §6): one node runs in its own network namespace, joined to a node in
the test's namespace through a veth pair. The link is cut (both ends down): the other node must
see it down within 15 s and keep serving on its own; the link comes back: the node rejoins.

Needs root and `ip` (iproute2). Creates only its own namespace, veth pair and /30 addresses, and
removes them afterwards; signals only the processes it started.
Usage: partition_test.py PATH_TO_RIEMANN
"""
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from riemann_server import Server, free_port  # noqa: E402

BINARY = None
SECRET = "e2e-partition-secret"
TAG = f"{os.getpid() % 100000}"
NETNS = f"rmn-part-{TAG}"
VETH_HOST = f"rmnh{TAG}"
VETH_NS = f"rmnn{TAG}"
SUBNET_OCTET = 100 + os.getpid() % 100
HOST_IP = f"10.213.{SUBNET_OCTET}.1"
NS_IP = f"10.213.{SUBNET_OCTET}.2"
CLUSTER_PORT = 7400 + os.getpid() % 500
DETECT_LIMIT_S = 15
REJOIN_LIMIT_S = 40
JOIN_LIMIT_S = 20
POLL_INTERVAL_S = 0.2


def ip(*args, check=True):
    return subprocess.run(["ip", *args], check=check, capture_output=True, text=True)


def wait_for(predicate, limit_s):
    deadline = time.time() + limit_s
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(POLL_INTERVAL_S)
    return False


@unittest.skipUnless(os.geteuid() == 0 and shutil.which("ip"), "needs root and iproute2")
class PartitionTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        ip("netns", "add", NETNS)
        ip("link", "add", VETH_HOST, "type", "veth", "peer", "name", VETH_NS)
        ip("link", "set", VETH_NS, "netns", NETNS)
        ip("addr", "add", f"{HOST_IP}/30", "dev", VETH_HOST)
        ip("link", "set", VETH_HOST, "up")
        ip("netns", "exec", NETNS, "ip", "addr", "add", f"{NS_IP}/30", "dev", VETH_NS)
        ip("netns", "exec", NETNS, "ip", "link", "set", VETH_NS, "up")
        ip("netns", "exec", NETNS, "ip", "link", "set", "lo", "up")
        host_cluster = f"{HOST_IP}:{CLUSTER_PORT}"
        cls.host = Server(BINARY, extra_args=["--node-name", "outside", "--workers", "2", "--cluster-listen",
                                              host_cluster, "--cluster-secret", SECRET]).start()
        cls.ns_dir = tempfile.mkdtemp(prefix="riemann-e2e-ns-")
        os.chmod(cls.ns_dir, 0o755)
        cls.ns_log = open(os.path.join(cls.ns_dir, "server.log"), "ab")
        cls.ns_http = f"127.0.0.1:{free_port()}"
        cls.ns_proc = subprocess.Popen(
            ["ip", "netns", "exec", NETNS, BINARY, "serve", "--listen", cls.ns_http,
             "--data-dir", cls.ns_dir, "--sandbox-dir", os.path.join(cls.ns_dir, "slots"), "--no-auth",
             "--node-name", "inside", "--workers", "2", "--cluster-listen", f"{NS_IP}:{CLUSTER_PORT}",
             "--cluster-secret", SECRET, "--join", host_cluster],
            stdout=cls.ns_log, stderr=cls.ns_log)

    @classmethod
    def tearDownClass(cls):
        cls.host.stop()
        if cls.ns_proc.poll() is None:
            cls.ns_proc.send_signal(signal.SIGTERM)
            try:
                cls.ns_proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                cls.ns_proc.kill()
                cls.ns_proc.wait()
        cls.ns_log.close()
        ip("link", "del", VETH_HOST, check=False)
        ip("netns", "del", NETNS, check=False)
        shutil.rmtree(cls.host.data_dir, ignore_errors=True)
        shutil.rmtree(cls.ns_dir, ignore_errors=True)

    def state_of_inside(self):
        status, _, doc = self.host.json("GET", "/v1/cluster")
        self.assertEqual(status, 200, doc)
        return {n["name"]: n["state"] for n in doc["data"]["nodes"]}.get("inside")

    def link(self, state):
        ip("link", "set", VETH_HOST, state)
        ip("netns", "exec", NETNS, "ip", "link", "set", VETH_NS, state)

    def test_cut_off_then_back(self):
        self.assertTrue(wait_for(lambda: self.state_of_inside() == "up", JOIN_LIMIT_S), "inside never joined")
        self.link("down")
        cut_at = time.time()
        self.assertTrue(wait_for(lambda: self.state_of_inside() == "down", DETECT_LIMIT_S),
                        f"not down within {DETECT_LIMIT_S}s: {self.state_of_inside()}")
        print(f"\ncut off node down after {time.time() - cut_at:.1f}s", file=sys.stderr)
        for _ in range(4):  # the outside node alone keeps serving
            status, _, doc = self.host.execute("print('alone')")
            self.assertEqual(status, 200, doc)
            self.assertEqual(doc["data"]["status"], "completed")
            self.assertEqual(doc["metadata"]["node"], "outside")
        self.link("up")
        healed_at = time.time()
        self.assertTrue(wait_for(lambda: self.state_of_inside() == "up", REJOIN_LIMIT_S),
                        f"inside did not rejoin within {REJOIN_LIMIT_S}s: {self.state_of_inside()}")
        print(f"rejoined {time.time() - healed_at:.1f}s after the link came back", file=sys.stderr)

        def inside_sees_both_up():  # asked inside the namespace, with the operator's command
            out = subprocess.run(["ip", "netns", "exec", NETNS, BINARY, "status", "--url", f"http://{self.ns_http}"],
                                 capture_output=True, text=True, timeout=30)
            return "2 node(s): 2 up" in out.stdout
        self.assertTrue(wait_for(inside_sees_both_up, REJOIN_LIMIT_S), "the inside node does not see both up")


if __name__ == "__main__":
    BINARY = sys.argv.pop(1)
    unittest.main(verbosity=2)
