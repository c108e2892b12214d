#!/usr/bin/env bash
# Installs everything riemann needs to build, run and test on Debian 12 (run as root).
# Safe to run any number of times: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Build toolchain and the fixed library stack (SPEC §2; reasons in docs/DEPENDENCIES.md).
# Never the unversioned libboost-*-dev: they are 1.74 and conflict with 1.81.
PACKAGES=(
  g++ cmake make pkg-config ca-certificates
  libcaf-dev libboost1.81-dev libboost-json1.81-dev
  libsqlitecpp-dev libsqlite3-dev libseccomp-dev prometheus-cpp-dev catch2 libssl-dev
  # what the sandboxed languages and the tests run
  python3 bash coreutils procps util-linux iproute2 curl
)
# Extra packages a module declares in ops/packages.d/*.txt (one name per line, # comments).
for list in ops/packages.d/*.txt; do
  [ -e "$list" ] || continue
  while read -r pkg; do PACKAGES+=("$pkg"); done < <(sed -e 's/#.*//' -e '/^\s*$/d' "$list")
done

missing=()
for pkg in "${PACKAGES[@]}"; do
  [ "${pkg:0:1}" = "#" ] && continue
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: missing packages ${missing[*]}; run this script as root" >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# Further steps a module declares in ops/setup.d/*.sh (e.g. fetching tree-sitter grammars).
for step in ops/setup.d/*.sh; do
  [ -e "$step" ] || continue
  bash "$step"
done
echo "setup: done"
