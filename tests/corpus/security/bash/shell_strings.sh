#!/bin/bash
# Command strings re-parsed by a shell and temporary paths named by the PID, with safe look-alikes.
set -eu

run_hook() {
  # ruleid: sh.shell-c-dynamic
  bash -c "$HOOK_COMMAND"
  # ruleid: sh.shell-c-dynamic
  sh -c "tar xf $1 -C /srv"
  # ok: sh.shell-c-dynamic
  sh -c 'tar xf "$1" -C /srv' _ "$1"
  # ok: sh.shell-c-dynamic
  bash -c "echo ready"
}

build() {
  # ruleid: sh.tmp-predictable
  work=/tmp/build.$$
  # ok: sh.tmp-predictable
  work2=$(mktemp -d)
  echo "$work" "$work2"
}
