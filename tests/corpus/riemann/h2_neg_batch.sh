#!/bin/bash
# expect: none
# resize images in batches of 8, printing progress
shopt -s nullglob
files=(photos/*.jpg)
total=${#files[@]}
batch=8
for (( i = 0; i < total; i++ )); do
  convert "${files[$i]}" -resize 1024x1024 "out/$(basename "${files[$i]}")" &
  if (( (i + 1) % batch == 0 )); then
    wait
    pct=$(( (i + 1) * 100 / total ))
    echo "progress: $pct%"
  fi
done
wait
echo "done: $total files"
