#!/bin/sh
# expect: none
# nightly backup; full backup on Sundays, incremental otherwise
DAY=$(date +%u)
DEST=/backup/$(hostname)
mkdir -p "$DEST"
if [ "$DAY" -eq 7 ]; then
  tar -czf "$DEST/full-$(date +%F).tar.gz" /etc /home
else
  find /home -newer "$DEST/last" -type f -print0 | tar --null -czf "$DEST/inc-$(date +%F).tar.gz" -T -
fi
touch "$DEST/last"
df -h "$DEST" | awk 'NR == 2 { print "disk used:", $5 }'
