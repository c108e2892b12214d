#!/usr/bin/env bash
# Provisioning script cases in the style of Semgrep's bash rule tests.
set -euo pipefail

# ruleid: sh.ifs-tampering
IFS=,
# ok: sh.ifs-tampering
IFS=: read -r user _ <<< "$line"

fetch() {
  # ruleid: sh.curl-insecure
  curl -fsSLk "https://mirror.example.com/pkg.tgz" -o pkg.tgz
  # ok: sh.curl-insecure
  curl -fsSL "https://mirror.example.com/pkg.tgz" -o pkg.tgz
  # ok: sh.pipe-to-shell, sh.tmp-predictable
  curl -fsSL "https://mirror.example.com/pkg.tgz" | tar -xz -C "$dest"
  # ruleid: sh.curl-insecure
  export NODE_TLS_REJECT_UNAUTHORIZED=0
}

deploy() {
  # ruleid: sh.ssh-no-hostkey
  ssh -o StrictHostKeyChecking=no deploy@build.example.com ./release.sh
  # ok: sh.ssh-no-hostkey
  ssh deploy@build.example.com ./release.sh
  # ruleid: sh.cli-password
  sshpass -p 'Winter2024!' scp build.tgz deploy@host:/srv/
  # ok: sh.cli-password
  sshpass -e scp build.tgz deploy@host:/srv/
}

cleanup() {
  # ruleid: sh.rm-rf-root
  rm -rf $BUILD_ROOT/*
  # ok: sh.rm-rf-root
  rm -rf "${BUILD_ROOT:?}/cache"
}

plugins() {
  # ruleid: sh.source-dynamic
  source "$1"
  # ok: sh.source-dynamic
  source "$(dirname "$0")/lib/common.sh"
}

scratch() {
  # ruleid: sh.tmp-predictable
  tmp=$(mktemp -u)
  # ok: sh.tmp-predictable
  work=$(mktemp -d)
}

containers() {
  # ruleid: sh.docker-privileged
  docker run --privileged --rm builder:latest make
  # ok: sh.docker-privileged
  docker run --rm builder:latest make
}

perms() {
  # ruleid: sh.chmod-777
  chmod u+s /usr/local/bin/helper
  # ok: sh.chmod-777
  chmod 0755 /usr/local/bin/helper
}
