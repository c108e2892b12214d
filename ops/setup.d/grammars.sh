#!/usr/bin/env bash
# Fetches the pinned tree-sitter grammars the scanner compiles (patterns/, docs/PATTERNS.md)
# from the npm registry into <repo>/.deps/grammars (gitignored; never committed).
# Idempotent: a grammar already unpacked at its pinned version is skipped without network.
# Only `npm pack` is used: it downloads the published tarball and runs no install scripts.
set -euo pipefail
cd "$(dirname "$0")/../.."
DEST=.deps/grammars

# name version sha256-of-the-npm-tarball [sub-grammars] (LANGUAGE_VERSION 14 each: runtime 0.20.7
# accepts 13-14). A package with sub-grammars (tree-sitter-typescript: typescript and tsx) ships
# <sub>/src per grammar plus a common/ directory their scanners include as ../../common/; each sub
# lands in $DEST/<sub>/src and common/ in $DEST/common.
GRAMMARS=(
  "python     0.21.0 787841ada211201c4d7b4f4c3115f31bd7e7ed97cc76986b0ef108035ffa7ef2"
  "javascript 0.21.4 b1533b5e3e331d252fc40bd24965ca9da242d25418ff5113202840306eaad445"
  "java       0.21.0 c9a5d6badb79677cf1bec093b95ea3ad531b3d5376c0d75367734244ab241805"
  "go         0.21.2 df4d562c0e580e6350dd8e44f46f339a4458f71538bfd6d35891a23b7fdd2c6d"
  "rust       0.21.0 48c414b70e19f2bcc95bf1288bd6819c723392053d6686441324e5ca92051785"
  "c          0.21.4 2c25cddaaa0410192b97e895cea6020f46bf8c19364c87231762d128a6078f74"
  "cpp        0.22.3 d494a7f960923c3de0377493d45ce51b3ef75a2f2bdc52976aae3ae6274d99cc"
  "bash       0.21.0 23dbe2cf4e4a3102d1858a60b00623844a796387a2d15374652d996edb173e34"
  "typescript 0.21.2 19787fabc240a48c78b945df5811e95fa8bbc20c202f496d71ab0507509ac51d typescript,tsx"
)

is_current() {  # grammar dir holds the pinned version and its parser
  [ -f "$1/src/parser.c" ] && [ "$(cat "$1/.version" 2>/dev/null)" = "$2" ]
}

pending=()
for entry in "${GRAMMARS[@]}"; do
  read -r name version _ subs <<<"$entry"
  current=1
  for dir in ${subs//,/ }; do is_current "$DEST/$dir" "$version" || current=0; done
  [ -n "$subs" ] || is_current "$DEST/$name" "$version" || current=0
  [ "$current" -eq 1 ] || pending+=("$entry")
done
if [ "${#pending[@]}" -eq 0 ]; then
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "grammars: npm is missing; run ops/setup.sh as root" >&2
    exit 1
  fi
  echo "grammars: installing Debian's nodejs npm (npm not on PATH)"
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends nodejs npm
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$DEST"
for entry in "${pending[@]}"; do
  read -r name version sha subs <<<"$entry"
  echo "grammars: fetching tree-sitter-$name@$version"
  tarball="$(cd "$work" && npm pack --silent "tree-sitter-$name@$version" | tail -n 1)"
  echo "$sha  $work/$tarball" | sha256sum --check --quiet -
  rm -rf "$work/package"
  tar -xzf "$work/$tarball" -C "$work"
  if [ -n "$subs" ]; then
    rm -rf "$DEST/common"
    cp -r "$work/package/common" "$DEST/common"
  fi
  for dir in ${subs//,/ }; do
    rm -rf "$DEST/$dir"
    mkdir -p "$DEST/$dir"
    cp -r "$work/package/$dir/src" "$DEST/$dir/src"
    cp "$work/package/LICENSE" "$DEST/$dir/" 2>/dev/null || true
    echo "$version" >"$DEST/$dir/.version"
  done
  if [ -z "$subs" ]; then
    rm -rf "$DEST/$name"
    mkdir -p "$DEST/$name"
    cp -r "$work/package/src" "$DEST/$name/src"
    cp "$work/package/LICENSE" "$DEST/$name/" 2>/dev/null || true
    echo "$version" >"$DEST/$name/.version"
  fi
done
echo "grammars: ready in $DEST"
