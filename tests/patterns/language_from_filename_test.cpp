#include <catch2/catch.hpp>

#include "patterns/patterns.hpp"

using riemann::patterns::language_from_filename;

TEST_CASE("language is inferred from the file extension", "[patterns]") {
  CHECK(language_from_filename("main.py") == "python");
  CHECK(language_from_filename("dir/x.JS") == "javascript");
  CHECK(language_from_filename("Main.java") == "java");
  CHECK(language_from_filename("a.go") == "go");
  CHECK(language_from_filename("lib.rs") == "rust");
  CHECK(language_from_filename("x.c") == "c");
  CHECK(language_from_filename("x.cpp") == "cpp");
  CHECK(language_from_filename("run.sh") == "bash");
  CHECK(language_from_filename("app.ts") == "typescript");
  CHECK(language_from_filename("lib/x.MTS") == "typescript");
  CHECK(language_from_filename("x.cts") == "typescript");
  CHECK(language_from_filename("View.tsx") == "tsx");
  CHECK(language_from_filename("types.d.ts") == "typescript");
  CHECK(language_from_filename("Makefile").empty());
  CHECK(language_from_filename(".bashrc").empty());
  CHECK(language_from_filename("a.py/readme").empty());
}
