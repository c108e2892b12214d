"""Cluster over mutual TLS (issue 7 §1): two nodes whose certificates chain to one cluster CA join
and run each other's executions; a node with the right secret but a certificate from another
CA, and a node without TLS, are both refused at the connection.

Certificates are made for the test with the `openssl` command line tool in a temporary
directory. Usage: cluster_tls_test.py PATH_TO_RIEMANN
"""
import os
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from riemann_server import Server, free_port  # noqa: E402

BINARY = None
SECRET = "e2e-tls-secret"
JOIN_LIMIT_S = 15
REFUSE_WAIT_S = 5
POLL_INTERVAL_S = 0.2
CONCURRENT = 4


def openssl(*args, cwd):
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def make_ca(name, cwd):
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key", "-out", f"{name}.pem",
            "-days", "1", "-subj", f"/CN={name}", cwd=cwd)


def make_cert(name, ca, cwd):
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", f"{name}.key", "-out", f"{name}.csr",
            "-subj", f"/CN={name}", cwd=cwd)
    openssl("x509", "-req", "-in", f"{name}.csr", "-CA", f"{ca}.pem", "-CAkey", f"{ca}.key", "-CAcreateserial",
            "-out", f"{name}.pem", "-days", "1", cwd=cwd)


def wait_for(predicate, limit_s):
    deadline = time.time() + limit_s
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(POLL_INTERVAL_S)
    return False


@unittest.skipUnless(shutil.which("openssl"), "needs the openssl command line tool")
class ClusterTlsTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.certs = tempfile.mkdtemp(prefix="riemann-e2e-certs-")
        make_ca("cluster-ca", cls.certs)
        make_ca("rogue-ca", cls.certs)
        for name in ("alpha", "beta"):
            make_cert(name, "cluster-ca", cls.certs)
        make_cert("rogue", "rogue-ca", cls.certs)
        cls.servers = []
        cls.a_address = f"127.0.0.1:{free_port()}"
        cls.a = cls.start("alpha", cls.a_address, "cluster-ca")
        cls.b = cls.start("beta", f"127.0.0.1:{free_port()}", "cluster-ca", join=cls.a_address)

    @classmethod
    def start(cls, name, address, ca, join=None, tls=True):
        args = ["--node-name", name, "--workers", "2", "--cluster-listen", address, "--cluster-secret", SECRET]
        if tls:
            args += ["--cluster-tls-cert", os.path.join(cls.certs, f"{name}.pem"),
                     "--cluster-tls-key", os.path.join(cls.certs, f"{name}.key"),
                     "--cluster-tls-ca", os.path.join(cls.certs, f"{ca}.pem")]
        if join:
            args += ["--join", join]
        server = Server(BINARY, extra_args=args)
        cls.servers.append(server)
        return server.start()

    @classmethod
    def tearDownClass(cls):
        for s in cls.servers:
            s.stop()
            shutil.rmtree(s.data_dir, ignore_errors=True)
        shutil.rmtree(cls.certs, ignore_errors=True)

    def members(self, server):
        status, _, doc = server.json("GET", "/v1/cluster")
        self.assertEqual(status, 200, doc)
        return {n["name"]: n["state"] for n in doc["data"]["nodes"]}

    def test_1_nodes_with_the_cluster_ca_join_and_share_work(self):
        self.assertTrue(wait_for(lambda: self.members(self.a) == {"alpha": "up", "beta": "up"}, JOIN_LIMIT_S),
                        self.members(self.a))
        ran_on = set()
        import concurrent.futures
        with concurrent.futures.ThreadPoolExecutor(CONCURRENT) as pool:
            results = list(pool.map(lambda _: self.a.execute("import time\ntime.sleep(0.5)\nprint('tls')"),
                                    range(CONCURRENT)))
        for status, _, doc in results:
            self.assertEqual(status, 200, doc)
            self.assertEqual(doc["data"]["output"], "tls\n")
            ran_on.add(doc["metadata"]["node"])
        self.assertEqual(ran_on, {"alpha", "beta"})

    def test_2_a_certificate_from_another_ca_is_refused(self):
        self.start("rogue", f"127.0.0.1:{free_port()}", "rogue-ca", join=self.a_address)
        time.sleep(REFUSE_WAIT_S)
        self.assertNotIn("rogue", self.members(self.a))

    def test_3_a_node_without_tls_is_refused(self):
        plain = self.start("plain", f"127.0.0.1:{free_port()}", None, join=self.a_address, tls=False)
        time.sleep(REFUSE_WAIT_S)
        self.assertNotIn("plain", self.members(self.a))
        self.assertEqual(list(self.members(plain)), ["plain"])


if __name__ == "__main__":
    BINARY = sys.argv.pop(1)
    unittest.main(verbosity=2)
