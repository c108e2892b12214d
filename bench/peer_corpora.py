#!/usr/bin/env python3
"""Line-level recall and false positives of `riemann scan` on another scanner's annotated tests.

Semgrep's rule tests (github.com/semgrep/semgrep-rules) mark the line after `# ruleid: <id>`
(or `// ruleid:`) as one the rule must report and the line after `# ok: <id>` as one it must
not. This script runs `riemann scan --format json` on every such test file under DIR whose
path holds /security/ (the security rules only; best-practice and correctness are not our
business) and counts, per line: a vulnerable line is found when we report any issue on it; a
safe line is a false positive when we report any issue on it. Our rule ids differ from
Semgrep's, so any finding counts, exactly as a line-level comparison by a third party would.

Usage: bench/peer_corpora.py DIR EXT [--binary build/riemann] [--list]
  e.g. bench/peer_corpora.py ~/semgrep-rules/python .py
The peer repositories are not part of this repository (nor needed by its tests).
"""
import argparse
import collections
import json
import os
import re
import subprocess

ANNOTATION = re.compile(r'(#|//|/\*)\s*(ruleid|ok|todoruleid|todook)\s*:')


def annotated_lines(lines):
    """(vulnerable, safe) line numbers of one test file."""
    vuln, safe, pending = set(), set(), None
    for number, line in enumerate(lines, 1):
        m = ANNOTATION.search(line)
        if m:
            if line[:m.start()].strip():  # a trailing annotation marks its own line
                {'ruleid': vuln, 'ok': safe}.get(m.group(2), set()).add(number)
                pending = None
            else:
                pending = m.group(2)
            continue
        text = line.strip()
        if pending and text and not text.startswith(('#', '//')):
            {'ruleid': vuln, 'ok': safe}.get(pending, set()).add(number)
            pending = None
    return vuln, safe


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("ext")
    ap.add_argument("--binary", default=os.path.join(os.path.dirname(__file__), "..", "build", "riemann"))
    ap.add_argument("--list", action="store_true", help="print every missed line and false positive")
    args = ap.parse_args()
    files = sorted(os.path.join(d, f) for d, _, fs in os.walk(args.dir) for f in fs
                   if f.endswith(args.ext) and not f.endswith(".fixed" + args.ext)
                   and "/security/" in os.path.join(d, f))
    totals = [0, 0, 0, 0]  # vulnerable, found, safe, flagged
    by_rule = collections.Counter()
    listing = []
    for path in files:
        lines = open(path, errors="replace").read().split("\n")
        vuln, safe = annotated_lines(lines)
        if not vuln and not safe:
            continue
        out = subprocess.run([args.binary, "scan", path, "--format", "json"], capture_output=True, text=True)
        try:
            issues = [i for i in json.loads(out.stdout).get("issues", []) if not i.get("suppressed")]
        except json.JSONDecodeError:
            continue  # not source we can parse (binary, unknown language): no finding
        flagged = collections.defaultdict(set)
        for i in issues:
            flagged[i["line"]].add(i["rule_id"])
        totals[0] += len(vuln)
        totals[1] += len(vuln & flagged.keys())
        totals[2] += len(safe)
        totals[3] += len(safe & flagged.keys())
        for n in sorted(safe & flagged.keys()):
            by_rule.update(flagged[n])
            listing.append(f"false positive {os.path.relpath(path, args.dir)}:{n} {sorted(flagged[n])} | {lines[n-1].strip()[:100]}")
        for n in sorted(vuln - flagged.keys()):
            listing.append(f"missed {os.path.relpath(path, args.dir)}:{n} | {lines[n-1].strip()[:100]}")
    v, found, s, fp = totals
    print(f"{len(files)} files: vulnerable lines {v}, found {found} (recall {found / max(1, v):.3f}); "
          f"safe lines {s}, flagged {fp} (false-positive rate {fp / max(1, s):.3f})")
    print("false positives by our rule:", ", ".join(f"{r} {n}" for r, n in by_rule.most_common()) or "none")
    if args.list:
        print("\n".join(listing))


if __name__ == "__main__":
    main()
