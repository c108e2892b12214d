#!/usr/bin/env bash
# expect: none
# generate N random passwords of length L from /dev/urandom
N=${1:-5}
L=${2:-16}
chars='ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#%'
for i in $(seq 1 "$N"); do
  pw=""
  while (( ${#pw} < L )); do
    byte=$(od -An -N1 -tu1 /dev/urandom | tr -d ' ')
    pw+="${chars:$(( byte % ${#chars} )):1}"
  done
  echo "$i: $pw"
done
