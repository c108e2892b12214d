"""Docs that cannot drift: the README's quick-start commands and API examples are checked here.

- .ci/run must run exactly the README's second quick-start command.
- Every ```bash block in the README that starts with `# example: NAME` is run against a live
  server (its 127.0.0.1:8080 replaced by the test server's address) and its output must contain
  the text of its `# expect: TEXT` line.

Usage: readme_test.py PATH_TO_RIEMANN
"""
import os
import re
import shutil
import subprocess
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from riemann_server import Server  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = None
EXAMPLE_TIMEOUT_S = 60


def readme():
    with open(os.path.join(ROOT, "README.md")) as f:
        return f.read()


def fenced_blocks(text, lang):
    return re.findall(r"```" + lang + r"\n(.*?)```", text, flags=re.S)


class QuickStartTest(unittest.TestCase):
    def test_exactly_two_commands_and_ci_runs_the_second(self):
        quick = readme().split("## Quick start", 1)[1].split("\n## ", 1)[0]
        commands = [b.strip() for b in fenced_blocks(quick, "sh")]
        self.assertEqual(len(commands), 2, commands)
        self.assertIn("riemann serve", commands[0])
        self.assertIn("ctest", commands[1])
        with open(os.path.join(ROOT, ".ci", "run")) as f:
            ci_lines = [l.strip() for l in f if l.strip() and not l.startswith("#")]
        self.assertIn(commands[1], ci_lines)


class ExamplesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server(BINARY, auth=True).start()
        cls.key, _ = cls.server.create_key(tier="enterprise", name="readme")

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.server.data_dir, ignore_errors=True)

    def test_examples(self):
        examples = [b for b in fenced_blocks(readme(), "bash") if b.startswith("# example:")]
        self.assertGreaterEqual(len(examples), 5)
        for block in examples:
            name = block.splitlines()[0].split(":", 1)[1].strip()
            expect = re.search(r"^# expect: (.*)$", block, flags=re.M).group(1)
            script = (block.replace("127.0.0.1:8080", f"127.0.0.1:{self.server.port}")
                      .replace("./build/riemann", BINARY).replace("./data", self.server.data_dir))
            with self.subTest(example=name):
                out = subprocess.run(["bash", "-c", script], capture_output=True, text=True,
                                     timeout=EXAMPLE_TIMEOUT_S, env=dict(os.environ, KEY=self.key))
                self.assertEqual(out.returncode, 0, out.stderr)
                self.assertIn(expect, out.stdout)


if __name__ == "__main__":
    BINARY = sys.argv.pop(1)
    unittest.main(verbosity=2)
