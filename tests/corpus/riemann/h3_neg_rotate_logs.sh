#!/bin/bash
# expect: none
# keep the last 7 daily archives, rotate by day-of-year modulo 7
dir=${1:-/var/log/myapp}
day=$(date +%j)
slot=$((10#$day % 7))
archive="$dir/app.log.$slot.gz"
if [ -f "$dir/app.log" ]; then
  gzip -c "$dir/app.log" > "$archive"
  : > "$dir/app.log"
fi
used=$(df -P "$dir" | awk 'NR==2 {print $5}' | tr -d '%')
if [ "$used" -gt 90 ]; then
  echo "disk usage at ${used}%" >&2
fi
echo "rotated into slot $slot"
