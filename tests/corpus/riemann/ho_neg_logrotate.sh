#!/bin/bash
# expect: none
# rotate logs: keep the newest $KEEP archives, compress every other one
set -euo pipefail
LOG_DIR=${1:-/var/log/myapp}
KEEP=${KEEP:-7}
i=0
for f in $(ls -1t "$LOG_DIR"/*.log 2>/dev/null); do
  i=$((i + 1))
  if (( i > KEEP )); then
    rm -f -- "$f"
  elif (( i % 2 == 0 )); then
    gzip -9 -- "$f"
  fi
done
echo "rotated $i files in $LOG_DIR"
