#!/usr/bin/env python3
"""Latency the static analysis adds to an execution of a 5 KB program (issue 6, item 7).

Starts `riemann serve` on a free loopback port and sends the same ~5 KB Python program (a
generated module of ordinary functions: loops, string and dict work, a sieve; it prints one
line) N times in sequence at each security level, then a one-line program for reference.
Every result carries `timings` (docs/API.md): `analysis_ms` (scan + Riemann analysis),
`analysis_wait_ms` (what of it the client waited for: at `high` all of it, since it gates the
run; below, only what it took after the program ended, since it runs beside the program) and
`total_ms`. The client-side latency is measured too.

Usage: bench/scan_latency.py [--binary build/riemann] [--requests 100] [--bytes 5000]
Prints a table and a JSON line with every number.
"""
import argparse
import base64
import http.client
import json
import os
import shutil
import statistics
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e"))
from riemann_server import Server  # noqa: E402
from e2e_vs_bare import percentile  # noqa: E402  (this directory: the one definition)

# Function bodies of everyday code, cycled with fresh names until the program has the size.
TEMPLATES = [
    '''def word_counts_{i}(text):
    counts = {{}}
    for word in text.lower().split():
        word = word.strip(".,;:!?")
        if word:
            counts[word] = counts.get(word, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
''',
    '''def primes_below_{i}(n):
    sieve = [True] * n
    sieve[0:2] = [False, False]
    for p in range(2, int(n ** 0.5) + 1):
        if sieve[p]:
            for q in range(p * p, n, p):
                sieve[q] = False
    return [p for p, is_p in enumerate(sieve) if is_p]
''',
    '''class Inventory{i}:
    def __init__(self):
        self.items = {{}}

    def add(self, name, qty=1):
        self.items[name] = self.items.get(name, 0) + qty

    def remove(self, name, qty=1):
        left = self.items.get(name, 0) - qty
        if left < 0:
            raise ValueError("not enough " + name)
        self.items[name] = left
''',
    '''def merge_sorted_{i}(a, b):
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]
''',
    '''def parse_record_{i}(line):
    name, _, rest = line.partition(":")
    fields = [f.strip() for f in rest.split(",") if f.strip()]
    return {{"name": name.strip(), "fields": fields, "size": len(fields)}}
''',
]


def five_kb_program(size):
    parts, i = [], 0
    while sum(map(len, parts)) < size - 200:
        parts.append(TEMPLATES[i % len(TEMPLATES)].format(i=i) + "\n")
        i += 1
    parts.append('if __name__ == "__main__":\n    print(len(primes_below_1(100)))\n')
    return "".join(parts)


def measure(port, code, level, n):
    body = json.dumps({"language": "python", "code": base64.b64encode(code.encode()).decode(),
                       "options": {"security_level": level}})
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    rows = []
    for _ in range(n):
        t = time.perf_counter()
        conn.request("POST", "/v1/execute", body=body, headers={"Content-Type": "application/json"})
        resp = conn.getresponse()
        payload = resp.read()
        client_ms = (time.perf_counter() - t) * 1000
        data = json.loads(payload)["data"]
        if resp.status != 200 or data["status"] != "completed":
            raise RuntimeError(f"unexpected response: {payload[:300]}")
        rows.append((client_ms, data["timings"]))
    conn.close()
    pick = lambda key: [t[key] for _, t in rows]  # noqa: E731
    client = [c for c, _ in rows]
    return {"client_p50_ms": round(statistics.median(client), 2),
            "client_p95_ms": round(percentile(client, 95), 2),
            "analysis_p50_ms": round(statistics.median(pick("analysis_ms")), 3),
            "analysis_wait_p50_ms": round(statistics.median(pick("analysis_wait_ms")), 3),
            "analysis_wait_p95_ms": round(percentile(pick("analysis_wait_ms"), 95), 3),
            "analysis_wait_max_ms": round(max(pick("analysis_wait_ms")), 3),
            "run_p50_ms": round(statistics.median(pick("run_ms")), 2)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(os.path.dirname(__file__), "..", "build", "riemann"))
    ap.add_argument("--requests", type=int, default=100)
    ap.add_argument("--bytes", type=int, default=5000)
    args = ap.parse_args()
    program = five_kb_program(args.bytes)
    server = Server(os.path.abspath(args.binary), extra_args=["--log-level", "warn"]).start()
    results = {"program_bytes": len(program.encode()), "requests": args.requests}
    try:
        measure(server.port, program, "medium", 5)  # warm-up
        for level in ("medium", "high", "low"):
            results[level] = measure(server.port, program, level, args.requests)
        results["one_line_medium"] = measure(server.port, 'print("ok")', "medium", args.requests)
    finally:
        server.stop()
        shutil.rmtree(server.data_dir, ignore_errors=True)
    print(f"{results['program_bytes']} B Python program, {args.requests} sequential requests per row")
    print("| program, level | client p50 (p95) ms | analysis p50 ms | added by the analysis: "
          "p50 / p95 / max ms | run p50 ms |")
    print("|---|---|---|---|---|")
    for key, label in (("low", "5 KB, low"), ("medium", "5 KB, medium (default)"),
                       ("high", "5 KB, high (the scan gates the run)"),
                       ("one_line_medium", "one line, medium")):
        r = results[key]
        print(f"| {label} | {r['client_p50_ms']} ({r['client_p95_ms']}) | {r['analysis_p50_ms']} | "
              f"{r['analysis_wait_p50_ms']} / {r['analysis_wait_p95_ms']} / {r['analysis_wait_max_ms']} | "
              f"{r['run_p50_ms']} |")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
