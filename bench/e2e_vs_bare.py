#!/usr/bin/env python3
"""End-to-end executions vs the bare interpreter, measured side by side in one run.

Starts `riemann serve` on a free loopback port and compares, on the same machine in the same run:
  - latency: N sequential POST /v1/execute of python `print("hello")` vs N sequential bare
    `/usr/bin/python3 -c 'print("hello")'` spawns (median, p95, p99);
  - throughput: wrk POSTing with C connections for D seconds vs one bare spawn loop per core for
    D seconds (the bare loops are bash `while` loops, as an operator would write them);
  - CPU per execution: the server's threads plus every box it reaped (init and program) against
    the bare loops' bash plus interpreter. Unlike req/s this barely moves when something else
    loads the machine, and on a quiet CPU-bound machine its ratio is the throughput ratio.

Usage: bench/e2e_vs_bare.py [--binary build/riemann] [--seconds 12] [--requests 40]
                            [--clients 1,8,32] [--language python|javascript|c|bash] [--rounds 1]
--rounds N repeats the bare loops and the API runs N times, interleaved, and reports each
round's ratio and their median: on a shared VM the machine's speed drifts by several percent
within a minute, so one bare run against one API run a few seconds later is a noisy ratio.
The compiled language (c) runs from the compile cache after the warm-up, against the same
program compiled once on the host.
Needs wrk (apt-get install wrk). Prints a table and a JSON line with every number.
"""
import argparse
import base64
import http.client
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e"))
from riemann_server import Server  # noqa: E402

C_HELLO = '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }\n'

# language -> (source submitted to the API, bare command). "{binary}": the same source compiled
# once on the host, so the compiled languages compare a compile-cache hit with the bare binary.
PROGRAMS = {
    "python": ('print("hello")', ["/usr/bin/python3", "-c", 'print("hello")']),
    "bash": ('echo hello', ["/bin/bash", "-c", "echo hello"]),
    "javascript": ('console.log("hello")', ["/usr/bin/node", "-e", 'console.log("hello")']),
    "c": (C_HELLO, ["{binary}"]),
}


# The bare runs get the environment the API gives a program (config/languages/*.json): what
# this shell exports may slow an interpreter down (NODE_EXTRA_CA_CERTS costs node ~40 ms).
BARE_ENV = {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": "/tmp", "LANG": "C.UTF-8"}


def bare_command(language, workdir):
    """The bare argv; compiles the C program once (like the API's cache does) when needed."""
    code, argv = PROGRAMS[language]
    if "{binary}" not in argv:
        return argv
    src = os.path.join(workdir, "main.c")
    binary = os.path.join(workdir, "main")
    with open(src, "w") as f:
        f.write(code)
    subprocess.run(["/usr/bin/gcc", "-O2", "-std=gnu17", "-o", binary, src, "-lm"], check=True)
    return [binary if a == "{binary}" else a for a in argv]


def percentile(values, p):
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(p / 100.0 * (len(ordered) - 1)))))
    return ordered[k]


def summary(ms):
    return {"p50_ms": round(statistics.median(ms), 2), "p95_ms": round(percentile(ms, 95), 2),
            "p99_ms": round(percentile(ms, 99), 2), "mean_ms": round(statistics.mean(ms), 2)}


def bare_latency(argv, n):
    out = []
    for _ in range(n):
        t = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, check=True, env=BARE_ENV)
        out.append((time.perf_counter() - t) * 1000)
    return out


def api_latency(port, body, n):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    out = []
    for _ in range(n):
        t = time.perf_counter()
        conn.request("POST", "/v1/execute", body=body, headers={"Content-Type": "application/json"})
        resp = conn.getresponse()
        payload = resp.read()
        out.append((time.perf_counter() - t) * 1000)
        doc = json.loads(payload)
        if resp.status != 200 or doc["data"]["status"] != "completed":
            raise RuntimeError(f"unexpected response: {payload[:300]}")
    conn.close()
    return out


def bare_throughput(argv, seconds, loops):
    cmd = " ".join(f"'{a}'" for a in argv)
    script = f'n=0; end=$((SECONDS+{seconds})); while [ $SECONDS -lt $end ]; do {cmd} >/dev/null; n=$((n+1)); done; echo $n'
    before = os.times()
    procs = [subprocess.Popen(["bash", "-c", script], stdout=subprocess.PIPE, text=True, env=BARE_ENV)
             for _ in range(loops)]
    total = sum(int(p.communicate()[0].strip()) for p in procs)
    after = os.times()
    cpu_s = (after.children_user + after.children_system) - (before.children_user + before.children_system)
    return total / seconds, cpu_s * 1000 / max(1, total)


def wrk_throughput(port, body, clients, seconds):
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write('wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\n')
        f.write(f"wrk.body = {json.dumps(body)}\n")
        script = f.name
    threads = min(clients, 2)
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{clients}", f"-d{seconds}s", "--latency", "-s", script,
                          f"http://127.0.0.1:{port}/v1/execute"], capture_output=True, text=True, check=True).stdout
    os.unlink(script)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    lat = {m.group(1): m.group(2) for m in re.finditer(r"^\s+(50|90|99)%\s+(\S+)", out, flags=re.M)}
    return {"rps": rps, "non_2xx": int(non2xx.group(1)) if non2xx else 0, "latency": lat}


def server_stats(pid):
    """RSS (kB), the server's own CPU seconds, and its CPU plus that of the reaped boxes."""
    with open(f"/proc/{pid}/status") as f:
        rss_kb = int(re.search(r"VmRSS:\s+(\d+)", f.read()).group(1))
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    own = int(fields[11]) + int(fields[12])  # utime + stime of the server's threads
    boxes = int(fields[13]) + int(fields[14])  # cutime + cstime: every init it reaped, and
    return rss_kb, own / tick, (own + boxes) / tick  # (through init) every program


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", default=os.path.join(os.path.dirname(__file__), "..", "build", "riemann"))
    ap.add_argument("--seconds", type=int, default=12)
    ap.add_argument("--requests", type=int, default=40)
    ap.add_argument("--clients", default="1,8,32")
    ap.add_argument("--language", default="python", choices=sorted(PROGRAMS))
    ap.add_argument("--workers", type=int, default=0, help="server workers (0: the server's default)")
    ap.add_argument("--rounds", type=int, default=1, help="interleaved bare/API rounds (median ratio)")
    args = ap.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is needed: apt-get install wrk")
    code, _ = PROGRAMS[args.language]
    bare_dir = tempfile.mkdtemp(prefix="riemann-bare-")
    bare_argv = bare_command(args.language, bare_dir)
    cores = os.cpu_count()
    body = json.dumps({"language": args.language, "code": base64.b64encode(code.encode()).decode()})
    extra = ["--log-level", "warn", "--queue-capacity", "256"]
    if args.workers:
        extra += ["--workers", str(args.workers)]
    server = Server(os.path.abspath(args.binary), extra_args=extra).start()
    results = {"language": args.language, "cores": cores}
    try:
        api_latency(server.port, body, 5)  # warm-up (compiled languages: fills the compile cache)
        rss_idle, _, _ = server_stats(server.proc.pid)
        results["bare_latency"] = summary(bare_latency(bare_argv, args.requests))
        results["api_latency"] = summary(api_latency(server.port, body, args.requests))
        results["added_p50_ms"] = round(results["api_latency"]["p50_ms"] - results["bare_latency"]["p50_ms"], 2)
        results["api"] = {}
        rounds = {}  # clients -> that round's ratio, per round
        for _ in range(max(1, args.rounds)):
            bare_rps, bare_cpu_ms = bare_throughput(bare_argv, args.seconds, cores)
            results["bare_rps"] = round(bare_rps, 1)
            results["bare_cpu_ms_per_run"] = round(bare_cpu_ms, 3)
            for c in [int(x) for x in args.clients.split(",")]:
                _, cpu_before, all_before = server_stats(server.proc.pid)
                r = wrk_throughput(server.port, body, c, args.seconds)
                rss, cpu_after, all_after = server_stats(server.proc.pid)
                execs = max(1, r["rps"] * args.seconds)
                r["total_cpu_ms_per_exec"] = round((all_after - all_before) * 1000 / execs, 3)
                r["cpu_ratio_to_bare"] = round(bare_cpu_ms / max(1e-9, r["total_cpu_ms_per_exec"]), 3)
                r["ratio_to_bare"] = round(r["rps"] / results["bare_rps"], 3)
                r["server_cpu_ms_per_exec"] = round((cpu_after - cpu_before) * 1000 / max(1, r["rps"] * args.seconds), 3)
                r["server_rss_mb"] = round(rss / 1024, 1)
                rounds.setdefault(str(c), []).append((r["ratio_to_bare"], r["rps"], results["bare_rps"]))
                results["api"][str(c)] = r
        for c, rs in rounds.items():
            results["api"][c]["rounds"] = [{"ratio": x, "rps": y, "bare_rps": z} for x, y, z in rs]
            results["api"][c]["median_ratio"] = round(statistics.median(x for x, _, _ in rs), 3)
        results["server_rss_idle_mb"] = round(rss_idle / 1024, 1)
    finally:
        server.stop()
        shutil.rmtree(server.data_dir, ignore_errors=True)
        shutil.rmtree(bare_dir, ignore_errors=True)

    print(f"language {args.language}, {cores} cores, {args.seconds}s per throughput run, {args.requests} sequential")
    print(f"latency  bare p50 {results['bare_latency']['p50_ms']} ms   api p50 {results['api_latency']['p50_ms']} ms"
          f"   added {results['added_p50_ms']} ms   (api p95 {results['api_latency']['p95_ms']}, p99 {results['api_latency']['p99_ms']})")
    print(f"bare     {results['bare_rps']} runs/s ({cores} loops), {results['bare_cpu_ms_per_run']} ms CPU per run"
          " (bash loop + interpreter)")
    for c, r in results["api"].items():
        print(f"api c={c:<3} {r['rps']} req/s  ratio {r['ratio_to_bare']}  non-2xx {r['non_2xx']}  "
              f"p50 {r['latency'].get('50')} p99 {r['latency'].get('99')}  server cpu/exec {r['server_cpu_ms_per_exec']} ms  rss {r['server_rss_mb']} MB")
        print(f"         CPU per execution, server + box: {r['total_cpu_ms_per_exec']} ms; bare/ours"
              f" {r['cpu_ratio_to_bare']} (the throughput ratio a CPU-bound quiet machine allows)")
        if len(r["rounds"]) > 1:
            each = ", ".join(f"{x['ratio']} ({x['rps']}/{x['bare_rps']})" for x in r["rounds"])
            print(f"         rounds (ratio, api/bare req/s): {each}; median ratio {r['median_ratio']}")
    print(f"server rss idle {results['server_rss_idle_mb']} MB")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
