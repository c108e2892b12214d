#!/usr/bin/env bash
# expect: none
# split work items over N workers round-robin and print a progress percentage
workers=${WORKERS:-4}
items=(alpha beta gamma delta epsilon zeta eta theta iota kappa)
total=${#items[@]}
for i in "${!items[@]}"; do
  worker=$((i % workers))
  pct=$(( (i + 1) * 100 / total ))
  printf 'worker %d <- %-8s  %3d%%\n' "$worker" "${items[$i]}" "$pct"
done
