#!/bin/sh
# expect: none
THRESHOLD=90
df -P | awk 'NR > 1 { gsub("%", "", $5); print $5, $6 }' | while read -r used mount; do
  if [ "$used" -ge "$THRESHOLD" ]; then
    echo "WARNING: $mount at ${used}%"
  fi
done
free -m | awk '/Mem:/ { printf "memory used: %.1f%%\n", $3 / $2 * 100 }'
echo "load: $(cut -d' ' -f1 /proc/loadavg)"
