# expect: none
import json
import urllib.parse

def build_url(base, **params):
    return base + "?" + urllib.parse.urlencode(params)

print(build_url("https://api.example.com/search", q="riemann", page=2))
print(json.dumps({"ok": True}))
