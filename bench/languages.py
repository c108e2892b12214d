#!/usr/bin/env python3
"""Per-language hello-world latency through the API vs the same toolchain run bare, and compile
cache miss vs hit, measured side by side in one run.

For compiled languages the bare baseline compiles once on the host, then times running the
binary (or `java -cp main.jar Main`); the API numbers are cache hits after a warm-up. The miss
numbers submit a fresh source (a unique comment) each time, so every one compiles.

Usage: bench/languages.py [--binary build/riemann] [--runs 20] [--misses 3]
"""
import argparse
import base64
import http.client
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import uuid

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e"))
from riemann_server import Server  # noqa: E402

JAVA_HOME = "/usr/lib/jvm/java-17-openjdk-amd64/bin"
HELLO = {
    "python": ("main.py", 'print("hello")', None, ["/usr/bin/python3", "main.py"]),
    "javascript": ("main.js", 'console.log("hello")', None, ["/usr/bin/node", "main.js"]),
    "bash": ("main.sh", "echo hello", None, ["/bin/bash", "main.sh"]),
    "c": ("main.c", '#include <stdio.h>\nint main(void){puts("hello");return 0;}',
          ["/usr/bin/gcc", "-O2", "-o", "main", "main.c"], ["./main"]),
    "cpp": ("main.cpp", '#include <iostream>\nint main(){std::cout<<"hello\\n";}',
            ["/usr/bin/g++", "-O2", "-o", "main", "main.cpp"], ["./main"]),
    "rust": ("main.rs", 'fn main(){println!("hello");}',
             ["/usr/bin/rustc", "-C", "opt-level=2", "-o", "main", "main.rs"], ["./main"]),
    "go": ("main.go", 'package main\nimport "fmt"\nfunc main(){fmt.Println("hello")}',
           ["/usr/bin/go", "build", "-o", "main", "main.go"], ["./main"]),
    "java": ("Main.java", 'public class Main{public static void main(String[] a){System.out.println("hello");}}',
             ["/bin/sh", "-c", f"{JAVA_HOME}/javac -d classes Main.java && {JAVA_HOME}/jar cf main.jar -C classes ."],
             [f"{JAVA_HOME}/java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", "main.jar", "Main"]),
}
COMMENT = {"python": "#", "bash": "#", "javascript": "//", "c": "//", "cpp": "//", "rust": "//", "go": "//", "java": "//"}


def median_ms(samples):
    return round(statistics.median(samples) * 1000, 1)


def bare(lang, runs):
    name, code, compile_cmd, run_cmd = HELLO[lang]
    work = tempfile.mkdtemp()
    try:
        with open(os.path.join(work, name), "w") as f:
            f.write(code)
        # A clean environment, like the sandbox's: the host's (e.g. NODE_EXTRA_CA_CERTS, which
        # makes node load every CA certificate, +40 ms) must not slow the baseline down.
        env = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": work, "LANG": "C.UTF-8",
               "GO111MODULE": "off", "GOCACHE": os.path.join(work, ".gocache")}
        if compile_cmd:
            subprocess.run(compile_cmd, cwd=work, env=env, check=True, capture_output=True)
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run(run_cmd, cwd=work, env=env, check=True, stdout=subprocess.DEVNULL)
            times.append(time.perf_counter() - t)
        return median_ms(times)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def post(conn, lang, code):
    body = json.dumps({"language": lang, "code": base64.b64encode(code.encode()).decode(),
                       "options": {"compile_timeout": 60}})
    t = time.perf_counter()
    conn.request("POST", "/v1/execute", body=body, headers={"Content-Type": "application/json"})
    doc = json.loads(conn.getresponse().read())
    elapsed = time.perf_counter() - t
    if doc["data"]["status"] != "completed":
        raise RuntimeError(f"{lang}: {doc['data']}")
    return elapsed, doc["data"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(os.path.dirname(__file__), "..", "build", "riemann"))
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--misses", type=int, default=3)
    args = ap.parse_args()
    server = Server(os.path.abspath(args.binary), extra_args=["--log-level", "warn"]).start()
    rows = []
    try:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=120)
        for lang, (_, code, compile_cmd, _) in HELLO.items():
            post(conn, lang, code)  # warm-up (and, for compiled languages, fill the cache)
            api = median_ms([post(conn, lang, code)[0] for _ in range(args.runs)])
            row = {"language": lang, "bare_ms": bare(lang, args.runs), "api_ms": api}
            row["added_ms"] = round(row["api_ms"] - row["bare_ms"], 1)
            if compile_cmd:
                misses = [post(conn, lang, f"{code}\n{COMMENT[lang]} {uuid.uuid4()}\n")[0] for _ in range(args.misses)]
                row["miss_ms"] = median_ms(misses)
                row["hit_ms"] = api
                row["miss_over_hit"] = round(row["miss_ms"] / row["hit_ms"], 1)
            rows.append(row)
    finally:
        server.stop()
        shutil.rmtree(server.data_dir, ignore_errors=True)
    print(f"{'language':<11} {'bare ms':>8} {'api ms':>8} {'added':>7} {'miss ms':>8} {'hit ms':>7} {'miss/hit':>8}")
    for r in rows:
        print(f"{r['language']:<11} {r['bare_ms']:>8} {r['api_ms']:>8} {r['added_ms']:>7} "
              f"{r.get('miss_ms', ''):>8} {r.get('hit_ms', ''):>7} {r.get('miss_over_hit', ''):>8}")
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
