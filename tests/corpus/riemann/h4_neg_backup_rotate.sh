#!/usr/bin/env bash
# expect: none
# nightly backup with rotation: keep 7 daily, 4 weekly archives
set -euo pipefail
SRC=${1:-/var/www}
DEST=${2:-/backups}
day=$(date +%u)
week=$(( $(date +%V) % 4 ))
stamp=$(date +%Y%m%d)
mkdir -p "$DEST/daily" "$DEST/weekly"
tar -czf "$DEST/daily/site-$day.tgz" -C "$SRC" .
if (( day == 7 )); then
  cp "$DEST/daily/site-$day.tgz" "$DEST/weekly/site-w$week.tgz"
fi
find "$DEST/daily" -name '*.tgz' -mtime +7 -delete
echo "$stamp backup done ($(du -sh "$DEST" | cut -f1))"
