#!/bin/bash
# expect: zeta_zeros
# list the first nontrivial zeros of the Riemann zeta function
n=${1:-10}
python3 - "$n" <<'PY'
import sys
from mpmath import mp, zetazero
mp.dps = 25
for k in range(1, int(sys.argv[1]) + 1):
    print(k, zetazero(k))
PY
