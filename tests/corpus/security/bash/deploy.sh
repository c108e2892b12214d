#!/usr/bin/env bash
# Deployment helper with classic shell mistakes and their safe look-alikes.
set -euo pipefail

# ruleid: sh.hardcoded-secret
DB_PASSWORD="Sup3rS3cret!"
# ruleid: sh.hardcoded-secret
export API_TOKEN='abcdef0123456789'
# ok: sh.hardcoded-secret
DB_PASSWORD_FILE=/run/secrets/db_password
# ok: sh.hardcoded-secret
PASSWORD="$1"

install_tool() {
  # ruleid: sh.pipe-to-shell
  curl -fsSL https://get.example.com/install.sh | sh
  # ruleid: sh.exec-remote
  bash -c "$(wget -qO- https://example.com/setup)"
  # ruleid: sh.curl-insecure
  curl -k -o tool.tgz https://downloads.example.com/tool.tgz
  # ok: sh.pipe-to-shell, sh.curl-insecure
  tar xzf tool.tgz
}

run_user_command() {
  local cmd="$1"
  # ruleid: sh.eval
  eval "$cmd"
  # ruleid: sh.eval
  eval $(ssh-agent -s)
  # ruleid: sh.unquoted-exec
  $cmd --verbose
  # ok: sh.eval
  echo "eval $cmd would be dangerous"
}

cleanup() {
  # ruleid: sh.rm-rf-root
  rm -rf "$BUILD_DIR"/
  # ruleid: sh.rm-rf-root
  rm -rf /
  # ok: sh.rm-rf-root
  rm -rf ./build
  # ok: sh.rm-rf-root
  rm -rf "${BUILD_DIR:?}/cache"
}

permissions() {
  # ruleid: sh.chmod-777
  chmod -R 777 /srv/app
  # ok: sh.chmod-777
  chmod 755 /srv/app/bin/tool
  # ok: sh.chmod-777
  chmod +x run.sh
}

tempfiles() {
  # ruleid: sh.tmp-predictable
  echo "$DATA" > /tmp/deploy.log
  # ok: sh.tmp-predictable
  log=$(mktemp)
  echo "$DATA" > "$log"
}
