# expect: none
items = ["apples", "pears", "plums"]
html = ["<ul>"]
for item in items:
    li = f"<li>{item}</li>"
    html.append(li)
html.append("</ul>")
print("\n".join(html))
