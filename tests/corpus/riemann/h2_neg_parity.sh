#!/usr/bin/env bash
# expect: none
# assign CI shards and alternate deploy colours
SHARDS=${SHARDS:-4}
n=0
for t in tests/*_test.py; do
  shard=$(( n % SHARDS ))
  echo "$t -> shard $shard"
  n=$(( n + 1 ))
done
build=${BUILD_NUMBER:-17}
if (( build % 2 == 0 )); then colour=blue; else colour=green; fi
echo "deploying to $colour"
