"""Table-driven end-to-end tests per language, through the real API and the real sandbox:
hello, stdin echo, args, multi-file, compile error (compiled languages), runtime error (exit 3),
time limit — all under memory_limit 256MB — plus the compile cache, many tests against one
compile, and memory limits of managed runtimes.

Usage: languages_test.py PATH_TO_RIEMANN
"""
import concurrent.futures
import os
import shutil
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from riemann_server import Server, b64  # noqa: E402

BINARY = None
MEMORY = "256MB"
PARALLEL = 2  # the server runs two workers

# language -> program kinds. "multi" is (main, {name: content}).
PROGRAMS = {
    "python": {
        "hello": 'print("hello")',
        "stdin": "import sys\nprint(sys.stdin.read().strip())",
        "args": "import sys\nprint(' '.join(sys.argv[1:]))",
        "multi": ("from util import greet\nprint(greet())", {"util.py": "def greet():\n    return 'multi'\n"}),
        "runtime_error": "import sys\nsys.exit(3)",
        "time_limit": "while True:\n    pass",
    },
    "javascript": {
        "hello": 'console.log("hello")',
        "stdin": "console.log(require('fs').readFileSync(0, 'utf8').trim())",
        "args": "console.log(process.argv.slice(2).join(' '))",
        "multi": ("console.log(require('./util.js').greet())", {"util.js": "exports.greet = () => 'multi';\n"}),
        "runtime_error": "process.exit(3)",
        "time_limit": "while (true) {}",
    },
    "bash": {
        "hello": "echo hello",
        "stdin": "read line; echo \"$line\"",
        "args": "echo \"$@\"",
        "multi": (". ./util.sh\ngreet", {"util.sh": "greet() { echo multi; }\n"}),
        "runtime_error": "exit 3",
        "time_limit": "while :; do :; done",
    },
    "java": {
        "hello": 'public class Main { public static void main(String[] a) { System.out.println("hello"); } }',
        "stdin": "import java.util.Scanner;\npublic class Main { public static void main(String[] a) {"
                 " System.out.println(new Scanner(System.in).nextLine().trim()); } }",
        "args": 'public class Main { public static void main(String[] a) { System.out.println(String.join(" ", a)); } }',
        "multi": ("public class Main { public static void main(String[] a) { System.out.println(Util.greet()); } }",
                  {"Util.java": 'public class Util { static String greet() { return "multi"; } }\n'}),
        "compile_error": "public class Main { public static void main(String[] a) { int x = } }",
        "runtime_error": "public class Main { public static void main(String[] a) { System.exit(3); } }",
        "time_limit": "public class Main { public static void main(String[] a) { while (true) {} } }",
    },
    "go": {
        "hello": 'package main\nimport "fmt"\nfunc main() { fmt.Println("hello") }',
        "stdin": 'package main\nimport ("bufio"; "fmt"; "os"; "strings")\n'
                 'func main() { s, _ := bufio.NewReader(os.Stdin).ReadString(10); fmt.Println(strings.TrimSpace(s)) }',
        "args": 'package main\nimport ("fmt"; "os"; "strings")\nfunc main() { fmt.Println(strings.Join(os.Args[1:], " ")) }',
        "multi": ('package main\nimport "fmt"\nfunc main() { fmt.Println(greet()) }',
                  {"util.go": 'package main\nfunc greet() string { return "multi" }\n'}),
        "compile_error": 'package main\nfunc main() { undefinedThing() }',
        "runtime_error": 'package main\nimport "os"\nfunc main() { os.Exit(3) }',
        "time_limit": "package main\nfunc main() { for {} }",
    },
    "rust": {
        "hello": 'fn main() { println!("hello"); }',
        "stdin": 'fn main() { let mut s = String::new(); std::io::stdin().read_line(&mut s).unwrap(); println!("{}", s.trim()); }',
        "args": 'fn main() { let a: Vec<String> = std::env::args().skip(1).collect(); println!("{}", a.join(" ")); }',
        "multi": ('mod util;\nfn main() { println!("{}", util::greet()); }',
                  {"util.rs": 'pub fn greet() -> &\'static str { "multi" }\n'}),
        "compile_error": "fn main() { let x: i32 = \"no\"; }",
        "runtime_error": "fn main() { std::process::exit(3); }",
        "time_limit": "fn main() { let mut n: u64 = 0; loop { n = n.wrapping_add(1); if n == 0 { println!(\"{}\", n); } } }",
    },
    "c": {
        "hello": '#include <stdio.h>\nint main(void) { puts("hello"); return 0; }',
        "stdin": '#include <stdio.h>\nint main(void) { char b[64]; if (scanf("%63s", b) == 1) puts(b); return 0; }',
        "args": '#include <stdio.h>\nint main(int c, char** v) { for (int i = 1; i < c; i++) printf(i > 1 ? " %s" : "%s", v[i]); puts(""); return 0; }',
        "multi": ('#include <stdio.h>\nconst char* greet(void);\nint main(void) { puts(greet()); return 0; }',
                  {"util.c": 'const char* greet(void) { return "multi"; }\n'}),
        "compile_error": "int main(void) { return x; }",
        "runtime_error": "int main(void) { return 3; }",
        "time_limit": "int main(void) { volatile int x = 0; for (;;) x++; }",
    },
    "cpp": {
        "hello": '#include <iostream>\nint main() { std::cout << "hello\\n"; }',
        "stdin": '#include <iostream>\n#include <string>\nint main() { std::string s; std::cin >> s; std::cout << s << "\\n"; }',
        "args": '#include <iostream>\nint main(int c, char** v) { for (int i = 1; i < c; i++) std::cout << (i > 1 ? " " : "") << v[i]; std::cout << "\\n"; }',
        "multi": ('#include <iostream>\n#include "util.hpp"\nint main() { std::cout << greet() << "\\n"; }',
                  {"util.hpp": "const char* greet();\n", "util.cpp": 'const char* greet() { return "multi"; }\n'}),
        "compile_error": "int main() { return undefined_name; }",
        "runtime_error": "int main() { return 3; }",
        "time_limit": "int main() { volatile int x = 0; for (;;) x++; }",
    },
}

EXPECT = {"hello": "hello\n", "stdin": "abc\n", "args": "x y\n", "multi": "multi\n"}


def request_for(language, kind, program):
    body = {"language": language, "options": {"memory_limit": MEMORY, "timeout": 10, "compile_timeout": 60}}
    if kind == "multi":
        main, files = program
        body["code"] = b64(main)
        body["files"] = [{"name": n, "content": b64(c)} for n, c in files.items()]
    else:
        body["code"] = b64(program)
    if kind == "stdin":
        body["stdin"] = b64("abc\n")
    if kind == "args":
        body["args"] = ["x", "y"]
    if kind == "time_limit":
        body["options"]["timeout"] = 1
    return body


class LanguagesTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = Server(BINARY, extra_args=["--workers", "2", "--max-timeout", "120"]).start()

    @classmethod
    def tearDownClass(cls):
        cls.server.stop()
        shutil.rmtree(cls.server.data_dir, ignore_errors=True)

    def post(self, body):
        return self.server.json("POST", "/v1/execute", body)

    def test_table(self):
        cases = [(lang, kind, prog) for lang, kinds in PROGRAMS.items() for kind, prog in kinds.items()]
        with concurrent.futures.ThreadPoolExecutor(PARALLEL) as pool:
            results = list(pool.map(lambda c: (c, self.post(request_for(*c))), cases))
        for (lang, kind, _), (status, _, doc) in results:
            with self.subTest(language=lang, kind=kind):
                self.assertEqual(status, 200, doc)
                data = doc["data"]
                detail = f"{data.get('error', '')} {data.get('compile_output', '')[:500]} {data.get('stderr', '')[:500]}"
                if kind in EXPECT:
                    self.assertEqual(data["status"], "completed", detail)
                    self.assertEqual(data["output"], EXPECT[kind], detail)
                elif kind == "compile_error":
                    self.assertEqual(data["status"], "compilation_error", detail)
                    self.assertNotEqual(data["compile_output"], "")
                elif kind == "runtime_error":
                    self.assertEqual(data["status"], "runtime_error", detail)
                    self.assertEqual(data["exit_code"], 3)
                elif kind == "time_limit":
                    self.assertEqual(data["status"], "time_limit_exceeded", detail)

    def test_languages_lists_all_eight(self):
        status, _, doc = self.server.json("GET", "/v1/languages")
        self.assertEqual(status, 200)
        names = {l["name"] for l in doc["data"]["languages"]}
        self.assertEqual(names, set(PROGRAMS))
        for l in doc["data"]["languages"]:
            self.assertTrue(l["version"][0].isdigit(), l)

    def test_second_submission_hits_the_compile_cache(self):
        for lang in ("rust", "go", "cpp", "java"):
            body = request_for(lang, "hello", PROGRAMS[lang]["hello"].replace("hello", f"cached {lang}"))
            _, _, first = self.post(body)
            _, _, second = self.post(body)
            with self.subTest(language=lang):
                self.assertEqual(first["data"]["status"], "completed", first["data"])
                self.assertFalse(first["data"]["compile"]["cached"])
                self.assertEqual(second["data"]["status"], "completed")
                self.assertTrue(second["data"]["compile"]["cached"])
                self.assertEqual(second["data"]["output"], first["data"]["output"])

    def test_many_tests_one_compile(self):
        program = '#include <stdio.h>\nint main(void) { long x; if (scanf("%ld", &x) != 1) return 2; printf("%ld\\n", 2 * x); return 0; }'
        body = request_for("c", "hello", program)
        body["tests"] = [
            {"stdin": b64("1\n"), "expected_output": b64("2\n")},
            {"stdin": b64("21\n"), "expected_output": b64("42  \n\n")},   # trailing whitespace ignored
            {"stdin": b64("5\n"), "expected_output": b64("11\n")},        # wrong answer
            {"stdin": b64("x\n")},                                          # exit 2, no expectation
        ]
        status, _, doc = self.post(body)
        self.assertEqual(status, 200, doc)
        tests = doc["data"]["tests"]
        self.assertEqual([t["verdict"] for t in tests], ["accepted", "accepted", "wrong_answer", None])
        self.assertEqual([t["status"] for t in tests], ["completed", "completed", "completed", "runtime_error"])
        self.assertEqual(tests[1]["output"], "42\n")
        self.assertEqual(doc["data"]["status"], "runtime_error")

    def test_memory_hog_gets_memory_limit_exceeded(self):
        hogs = {
            "python": "x = bytearray(600 * 1024 * 1024)\nprint(len(x))",
            "java": "public class Main { public static void main(String[] a) {"
                    " byte[][] k = new byte[64][]; for (int i = 0; i < 64; i++) k[i] = new byte[16 << 20];"
                    " System.out.println(k.length); } }",
            "javascript": "const a = []; while (true) a.push(new Array(1e6).fill(1));",
            "go": 'package main\nimport "fmt"\nfunc main() { var k [][]byte; for i := 0; i < 64; i++ {'
                  ' b := make([]byte, 16<<20); for j := range b { b[j] = 1 }; k = append(k, b) }; fmt.Println(len(k)) }',
            "c": "#include <stdlib.h>\n#include <string.h>\nint main(void) { for (int i = 0; i < 64; i++)"
                 " memset(malloc(16 << 20), 1, 16 << 20); return 0; }",
        }
        for lang, program in hogs.items():
            body = request_for(lang, "hello", program)
            body["options"]["timeout"] = 20
            status, _, doc = self.post(body)
            with self.subTest(language=lang):
                self.assertEqual(status, 200)
                self.assertEqual(doc["data"]["status"], "memory_limit_exceeded",
                                 f"{doc['data'].get('stderr', '')[-300:]} {doc['data'].get('error', '')}")

    def test_bad_file_names_are_refused(self):
        for name in ("../escape.py", "/etc/passwd", "a//b.py", "dup.py"):
            body = request_for("python", "hello", PROGRAMS["python"]["hello"])
            files = [{"name": name, "content": b64("x")}]
            if name == "dup.py":
                files.append({"name": "dup.py", "content": b64("y")})
            body["files"] = files
            status, _, doc = self.post(body)
            with self.subTest(name=name):
                self.assertEqual(status, 400)
                self.assertTrue(doc["error"]["details"]["field"].startswith("files["))


if __name__ == "__main__":
    BINARY = sys.argv.pop(1)
    unittest.main(verbosity=2)
