#!/usr/bin/env bash
# expect: none
# Report filesystems above a usage threshold and a rough fill-rate estimate.
set -eu
THRESHOLD=${THRESHOLD:-80}
df -P -k | awk 'NR > 1' | while read -r fs blocks used avail pct mount; do
    pct=${pct%\%}
    if (( pct >= THRESHOLD )); then
        gib=$(( avail / 1024 / 1024 ))
        days=$(echo "scale=2; l($avail + 1) / l(2) / 7" | bc -l)
        printf '%-30s %3d%% used, %d GiB free, ~%s\n' "$mount" "$pct" "$gib" "$days"
    fi
done
total=$(df -P -k | awk 'NR > 1 { s += $2 } END { print s }')
echo "total: $(( total / 1048576 )) GiB, sqrt=$(echo "sqrt($total)" | bc)"
(( $(date +%s) % 7 == 0 )) && echo "weekly rotation day"
