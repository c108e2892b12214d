#!/usr/bin/env bash
# expect: none
set -euo pipefail
LOG_DIR=${LOG_DIR:-/var/log/myapp}
KEEP=7
day=$(( $(date +%s) / 86400 ))
slot=$(( day % KEEP ))
for f in "$LOG_DIR"/*.log; do
  [ -e "$f" ] || continue
  gzip -c "$f" > "$f.$slot.gz"
  : > "$f"
done
if (( day % 30 == 0 )); then
  find "$LOG_DIR" -name '*.gz' -mtime +90 -delete
fi
echo "rotated into slot $slot"
