#!/usr/bin/env bash
# expect: mobius_function, prime_pattern
# Möbius function mu(n) using coreutils' factor
mobius() {
  local n=$1
  if [ "$n" -eq 1 ]; then echo 1; return; fi
  local factors
  factors=$(factor "$n" | cut -d: -f2)
  local total unique
  total=$(echo $factors | wc -w)
  unique=$(echo $factors | tr ' ' '\n' | sort -u | wc -l)
  if [ "$total" -ne "$unique" ]; then
    echo 0
  elif [ $((total % 2)) -eq 0 ]; then
    echo 1
  else
    echo -1
  fi
}

sum=0
for n in $(seq 1 50); do
  m=$(mobius "$n")
  sum=$((sum + m))
  printf '%3d %3d %3d\n' "$n" "$m" "$sum"
done
