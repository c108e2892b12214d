#!/usr/bin/env python3
"""Load shedding at a multiple of the sustainable rate (issue 8, item 4), in one run.

Starts `riemann serve` on a free loopback port, measures the sustainable rate R (a closed loop
of 8 clients for a few seconds), then offers FACTOR x R executions/s open-loop (requests leave
on a fixed schedule, whatever the answers) for SECONDS, and reports:
  - how many were admitted (200) and shed (503), and that every 503 carried Retry-After;
  - latency of the admitted ones (p50/p95/p99) next to the 8-client latency at R;
  - server RSS before, during and after (memory stays flat);
  - that nothing admitted is lost: every admitted execution id reads back as completed.

Usage: bench/overload.py [--binary build/riemann] [--factor 4] [--seconds 10]
Only the Python standard library; the load generator is asyncio with keep-alive connections.
"""
import argparse
import asyncio
import base64
import json
import os
import shutil
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e"))
from riemann_server import Server  # noqa: E402
from e2e_vs_bare import percentile  # noqa: E402  (this directory: the one definition)

BODY = json.dumps({"language": "python",
                   "code": base64.b64encode(b'print("hello")').decode()}).encode()
CALIBRATION_CLIENTS = 8
CALIBRATION_SECONDS = 4
MAX_CONNECTIONS = 512  # open-loop: a request waits for a free connection only beyond this


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    return 0.0


class Connection:
    """One keep-alive HTTP/1.1 connection; one request at a time."""

    def __init__(self, port):
        self.port = port
        self.reader = self.writer = None

    async def post(self):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        head = (f"POST /v1/execute HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                f"Content-Length: {len(BODY)}\r\n\r\n").encode()
        self.writer.write(head + BODY)
        await self.writer.drain()
        status_line = await self.reader.readline()
        status = int(status_line.split()[1])
        headers = {}
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b""):
                break
            name, _, value = line.decode().partition(":")
            headers[name.strip().lower()] = value.strip()
        body = await self.reader.readexactly(int(headers.get("content-length", "0")))
        if headers.get("connection", "").lower() == "close":
            self.writer.close()
            self.reader = self.writer = None
        return status, headers, body


async def closed_loop(port, clients, seconds):
    """Sustainable rate and latency: `clients` connections posting back to back."""
    latencies = []
    deadline = time.perf_counter() + seconds

    async def client():
        conn = Connection(port)
        while time.perf_counter() < deadline:
            t = time.perf_counter()
            status, _, _ = await conn.post()
            if status == 200:
                latencies.append((time.perf_counter() - t) * 1000)

    await asyncio.gather(*(client() for _ in range(clients)))
    return len(latencies) / seconds, latencies


async def open_loop(port, rate, seconds, server_pid):
    """Offers `rate` requests/s on a fixed schedule; returns per-request outcomes."""
    idle = []
    opened = 0
    results = []
    rss_during = []

    async def one(scheduled):
        nonlocal opened
        while not idle and opened >= MAX_CONNECTIONS:
            await asyncio.sleep(0.001)
        if idle:
            conn = idle.pop()
        else:
            conn = Connection(port)
            opened += 1
        try:
            status, headers, body = await conn.post()
            results.append((status, (time.perf_counter() - scheduled) * 1000, headers, body))
        except (ConnectionError, asyncio.IncompleteReadError) as e:
            results.append((0, 0.0, {}, str(e).encode()))
            conn = Connection(port)
        idle.append(conn)

    start = time.perf_counter()
    total = int(rate * seconds)
    tasks = []
    for i in range(total):
        scheduled = start + i / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(scheduled)))
        if i % int(max(1, rate)) == 0:
            rss_during.append(rss_mb(server_pid))
    await asyncio.gather(*tasks)
    return results, time.perf_counter() - start, rss_during


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(os.path.dirname(__file__), "..", "build", "riemann"))
    ap.add_argument("--factor", type=float, default=4.0)
    ap.add_argument("--seconds", type=int, default=10)
    args = ap.parse_args()
    server = Server(os.path.abspath(args.binary), extra_args=["--log-level", "warn"]).start()
    try:
        asyncio.run(closed_loop(server.port, 2, 1))  # warm-up
        rss_before = rss_mb(server.proc.pid)
        rate, base_lat = asyncio.run(closed_loop(server.port, CALIBRATION_CLIENTS, CALIBRATION_SECONDS))
        offered = rate * args.factor
        results, elapsed, rss_during = asyncio.run(
            open_loop(server.port, offered, args.seconds, server.proc.pid))
        time.sleep(1)
        rss_after = rss_mb(server.proc.pid)
        admitted = [r for r in results if r[0] == 200]
        shed = [r for r in results if r[0] == 503]
        other = [r for r in results if r[0] not in (200, 503)]
        lost = 0
        for status, _, _, body in admitted:
            exec_id = json.loads(body)["data"]["execution_id"]
            s, _, d = server.json("GET", f"/v1/execute/{exec_id}")
            if s != 200 or d["data"]["status"] != "completed":
                lost += 1
        adm_lat = [r[1] for r in admitted]
        out = {
            "sustainable_rps": round(rate, 1),
            "offered_rps": round(offered, 1),
            "offered_requests": len(results),
            "seconds": round(elapsed, 1),
            "admitted": len(admitted),
            "admitted_rps": round(len(admitted) / elapsed, 1),
            "shed_503": len(shed),
            "shed_with_retry_after": sum(1 for r in shed if "retry-after" in r[2]),
            "other_statuses": sorted({r[0] for r in other}),
            "lost": lost,
            "latency_at_sustainable_ms": {"p50": round(statistics.median(base_lat), 1),
                                          "p99": round(percentile(base_lat, 99), 1)},
            "admitted_latency_ms": {"p50": round(statistics.median(adm_lat), 1),
                                    "p95": round(percentile(adm_lat, 95), 1),
                                    "p99": round(percentile(adm_lat, 99), 1),
                                    "max": round(max(adm_lat), 1)} if adm_lat else {},
            "shed_latency_p50_ms": round(statistics.median([r[1] for r in shed]), 2) if shed else None,
            "rss_mb": {"before": rss_before, "max_during": max(rss_during or [0]), "after": rss_after},
        }
    finally:
        server.stop()
        shutil.rmtree(server.data_dir, ignore_errors=True)
    print(f"sustainable {out['sustainable_rps']} req/s; offered {out['offered_rps']} req/s "
          f"({args.factor}x) for {out['seconds']} s: {out['admitted']} admitted "
          f"({out['admitted_rps']} req/s), {out['shed_503']} shed with 503 "
          f"({out['shed_with_retry_after']} with Retry-After), other {out['other_statuses']}, lost {out['lost']}")
    print(f"admitted latency {out['admitted_latency_ms']} vs {out['latency_at_sustainable_ms']} at the "
          f"sustainable rate; 503 answered in {out['shed_latency_p50_ms']} ms (p50)")
    print(f"server RSS before {out['rss_mb']['before']} MB, max during {out['rss_mb']['max_during']} MB, "
          f"after {out['rss_mb']['after']} MB")
    print(json.dumps(out))


if __name__ == "__main__":
    main()
