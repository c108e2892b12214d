#!/bin/sh
# expect: none
set -eu
for host in web1 web2; do
  echo "deploying to $host"
done
