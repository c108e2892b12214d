#!/bin/bash
# ruleid: sh.secret-token-literal
export NPM_TOKEN=npm_Zq8xW3c4V5b6N7m8L9k0J1h2G3f4D5s6A7p8
# ok: sh.secret-token-literal
export NPM_TOKEN="$(cat /run/secrets/npm_token)"
# ruleid: sh.secret-token-literal
git clone "https://ci:Tr0ub4dor3xyz@git.example.com/app.git"
# ok: sh.secret-token-literal
git clone "https://git.example.com/app.git"
