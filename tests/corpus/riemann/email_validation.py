# expect: none
import re

EMAIL = re.compile(r"^[\w.+-]+@[\w-]+\.[\w.-]+$")
for address in ["a@example.com", "not-an-email", "x.y+z@sub.example.org"]:
    print(address, bool(EMAIL.match(address)))
