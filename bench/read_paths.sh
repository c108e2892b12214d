#!/usr/bin/env bash
# Throughput of the non-execution paths (issue 8 goal: >= 20,000 req/s on 2 cores, wrk with 64
# connections) and the server's RSS idle and after the load.
# Usage: bench/read_paths.sh [build dir] [seconds]
set -euo pipefail
build="${1:-build}"
seconds="${2:-10}"
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
data="$(mktemp -d)"
chmod 755 "$data"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$build/riemann" serve --no-auth --listen "127.0.0.1:$port" --data-dir "$data" > "$data/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/health" > /dev/null && break; sleep 0.1; done
echo "server rss idle: $(awk '/VmRSS/ {print $2 / 1024 " MB"}' /proc/$pid/status)"
code="$(printf 'print(1)' | base64 -w0)"
id="$(curl -s "http://127.0.0.1:$port/v1/execute" -d "{\"language\":\"python\",\"code\":\"$code\"}" |
      python3 -c 'import json, sys; print(json.load(sys.stdin)["data"]["execution_id"])')"
for path in /health "/v1/execute/$id"; do
  printf '%-45s ' "GET $path"
  wrk -t2 -c64 -d"${seconds}s" "http://127.0.0.1:$port$path" | awk '/Requests\/sec/ {printf "%s req/s  ", $2} /Non-2xx/ {printf "non-2xx %s", $5}'
  echo
done
echo "server rss after load: $(awk '/VmRSS/ {print $2 / 1024 " MB"}' /proc/$pid/status)"
