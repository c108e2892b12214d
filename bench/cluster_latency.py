"""End-to-end latency of executions run locally vs dispatched to another node (docs/PERFORMANCE.md
"Cluster"). Two `riemann serve` nodes on loopback, each with 2 workers; two clients send
synchronous executions of a trivial Python program to the first node. The router puts the first
of two concurrent executions locally and the second on the other node (equal free slots: local
wins, then the node with more free slots), so both paths are measured under the same load. Each
response's metadata.node says where it ran.

Usage: python3 bench/cluster_latency.py BUILD/riemann [REQUESTS_PER_CLIENT]
"""
import os
import shutil
import statistics
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e"))
from riemann_server import Server, free_port  # noqa: E402

PROGRAM = "print('x')\n"
CLIENTS = 2


def node(binary, name, join=None):
    address = f"127.0.0.1:{free_port()}"
    args = ["--node-name", name, "--workers", "2", "--cluster-listen", address, "--log-level", "warn"]
    if join:
        args += ["--join", join]
    return Server(binary, extra_args=args).start(), address


def main():
    binary = sys.argv[1]
    per_client = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    a, a_addr = node(binary, "alpha")
    b, _ = node(binary, "beta", a_addr)
    samples = {"alpha": [], "beta": []}
    lock = threading.Lock()
    try:
        time.sleep(3)  # membership converges in ~1 heartbeat

        def client():
            for _ in range(per_client):
                t0 = time.perf_counter()
                status, _, doc = a.execute(PROGRAM)
                ms = (time.perf_counter() - t0) * 1000
                assert status == 200 and doc["data"]["status"] == "completed", doc
                with lock:
                    samples[doc["metadata"]["node"]].append((ms, doc["data"]["wall_time"] * 1000))

        threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        for s in (b, a):
            s.stop()
            shutil.rmtree(s.data_dir, ignore_errors=True)
    print(f"{CLIENTS} clients x {per_client} synchronous executions of print('x') to alpha")
    for name, label in (("alpha", "local (ran on alpha)"), ("beta", "remote (ran on beta)")):
        xs = sorted(ms for ms, _ in samples[name])
        engine = [ms - wall for ms, wall in samples[name]]
        if not xs:
            print(f"{label}: no samples")
            continue
        print(f"{label:22s} n={len(xs):4d} client p50 {statistics.median(xs):6.2f} ms  "
              f"p90 {xs[int(0.9 * (len(xs) - 1))]:6.2f} ms  "
              f"minus program wall time: p50 {statistics.median(engine):6.2f} ms")


if __name__ == "__main__":
    main()
