#!/bin/bash
# expect: prime_pattern
N=${1:-1000}
awk -v n="$N" 'BEGIN {
  for (i = 2; i <= n; i++) flag[i] = 1
  for (i = 2; i * i <= n; i++)
    if (flag[i])
      for (j = i * i; j <= n; j += i) flag[j] = 0
  for (i = 2; i <= n; i++) if (flag[i]) printf "%d\n", i
}' | paste -sd' '
