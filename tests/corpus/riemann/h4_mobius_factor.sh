#!/usr/bin/env bash
# expect: mobius_function, prime_pattern
# mu(n) and the Mertens function using coreutils factor
N=${1:-200}
M=0
for n in $(seq 1 "$N"); do
  read -r -a fs <<< "$(factor "$n" | cut -d: -f2)"
  uniq_count=$(printf '%s\n' "${fs[@]}" | sort -u | grep -c .)
  if (( n == 1 )); then
    mu=1
  elif (( uniq_count != ${#fs[@]} )); then
    mu=0
  elif (( ${#fs[@]} % 2 == 0 )); then
    mu=1
  else
    mu=-1
  fi
  M=$(( M + mu ))
  echo "$n mu=$mu M=$M"
done
