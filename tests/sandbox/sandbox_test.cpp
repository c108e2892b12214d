// The public run() contract: programs, stdio, files, verdicts, engine errors.
#include <catch2/catch.hpp>

#include "tests/sandbox/support.hpp"

namespace riemann::sandbox::test {
namespace {

TEST_CASE("python prints to stdout", "[sandbox]") {
  const Result r = run_ok(python("print(1)"));
  CHECK(r.outcome == Outcome::exited);
  CHECK(r.exit_code == 0);
  CHECK(r.stdout_data == "1\n");
  CHECK(r.stderr_data.empty());
  CHECK(r.wall_time_s > 0);
}

TEST_CASE("bash runs a script file from the work dir with stdin", "[sandbox]") {
  Spec s = bash("");
  s.argv = {"/bin/bash", "main.sh"};
  s.files = {{"main.sh", "read x; echo \"got $x\"; echo err >&2; pwd; exit 3\n", false}};
  s.stdin_data = "hello\n";
  const Result r = run_ok(s);
  CHECK(r.outcome == Outcome::exited);
  CHECK(r.exit_code == 3);
  CHECK(r.stdout_data == "got hello\n/box\n");
  CHECK(r.stderr_data == "err\n");
}

}  // namespace
}  // namespace riemann::sandbox::test
