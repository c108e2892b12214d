#!/usr/bin/env python3
"""Sample-level recall and false positives of the Go rules on gosec's test samples.

gosec (github.com/securego/gosec) keeps its rule tests as Go source strings in
testutils/g<NNN>_samples.go: each sample is `{[]string{`<file>`, ...}, <expected issues>, ...}`.
A sample that expects issues counts as found when we report any unsuppressed finding in any of
its files; a sample that expects none counts as flagged when we report anything. Many of
gosec's checks are not ours (e.g. G104 unchecked errors, G115 integer overflow), so recall
here is a gap finder, not a score.

Usage: bench/gosec_samples.py GOSEC_CHECKOUT [--bench build/patterns/scanner_bench]
                              [--rules patterns/rules] [--list]
The checkout is not part of this repository (nor needed by its tests). The scanner_bench
binary loads the rules once and lists every finding as file:line:rule_id.
"""
import argparse
import collections
import glob
import os
import re
import subprocess
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = re.compile(r"\{\s*\[\]string\{((?:\s*`[^`]*`\s*,?)+)\}\s*,\s*(\d+)\s*,", re.S)
SOURCE = re.compile(r"`([^`]*)`")


def samples(checkout):
    """(rule, index, [sources], expected issue count) for every sample of every g*_samples.go."""
    for path in sorted(glob.glob(os.path.join(checkout, "testutils", "g*_samples.go"))):
        rule = re.search(r"(g\d+)_samples", os.path.basename(path))
        if not rule:
            continue
        text = open(path, encoding="utf-8", errors="replace").read()
        for i, m in enumerate(SAMPLE.finditer(text)):
            yield rule.group(1), i, SOURCE.findall(m.group(1)), int(m.group(2))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("checkout")
    ap.add_argument("--bench", default=os.path.join(HERE, "..", "build", "patterns", "scanner_bench"))
    ap.add_argument("--rules", default=os.path.join(HERE, "..", "patterns", "rules"))
    ap.add_argument("--list", action="store_true", help="print every missed and every flagged sample")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="riemann-gosec-") as tmp:
        owner, expected = {}, {}
        for rule, i, sources, n in samples(args.checkout):
            key = f"{rule}_{i}"
            expected[key] = n
            for j, code in enumerate(sources):
                path = os.path.join(tmp, f"{key}_{j}.go")
                with open(path, "w") as f:
                    f.write(code)
                owner[path] = key
        out = subprocess.run([args.bench, args.rules, "--list", *sorted(owner)],
                             capture_output=True, text=True, check=True).stdout
        flagged = collections.defaultdict(set)
        for line in out.splitlines():
            path, _, rest = line.partition(":")
            if path in owner:
                flagged[owner[path]].add(rest.split(":", 1)[-1])
    found = [k for k, n in expected.items() if n > 0 and flagged[k]]
    missed = [k for k, n in expected.items() if n > 0 and not flagged[k]]
    false_pos = [k for k, n in expected.items() if n == 0 and flagged[k]]
    clean = [k for k, n in expected.items() if n == 0 and not flagged[k]]
    vulnerable, safe = len(found) + len(missed), len(false_pos) + len(clean)
    print(f"samples expecting issues: {len(found)}/{vulnerable} found "
          f"({len(found) / max(1, vulnerable):.3f})")
    print(f"samples expecting none:   {len(false_pos)}/{safe} flagged "
          f"({len(false_pos) / max(1, safe):.3f})")
    if args.list:
        for k in missed:
            print("missed ", k)
        for k in false_pos:
            print("flagged", k, sorted(flagged[k]))


if __name__ == "__main__":
    main()
