// The engine loaded once from the repository's rule directory, shared by the test cases.
#pragma once

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "patterns/engine_impl.hpp"

namespace riemann::patterns::test {

// The checkout whose rules and corpus are tested: this one, or the one RIEMANN_TEST_SOURCE_DIR
// names, so that rule data edited in another worktree is checked without rebuilding the tests.
inline std::string source_dir() {
  const char* other = std::getenv("RIEMANN_TEST_SOURCE_DIR");
  return other != nullptr && *other != '\0' ? std::string(other) : std::string(RIEMANN_SOURCE_DIR);
}

inline std::string rules_dir() {
  return source_dir() + "/patterns/rules";
}

// A path in the temporary directory that is this process's own: test binaries of several
// checkouts (or two ctest runs) may run at once on one machine.
inline std::filesystem::path temp_path(const std::string& name) {
  return std::filesystem::temp_directory_path() / (name + "-" + std::to_string(::getpid()));
}

inline const EngineImpl& engine() {
  static const std::shared_ptr<const EngineImpl> e = [] {
    auto loaded = EngineImpl::create(rules_dir());
    if (!loaded) throw std::runtime_error("rules failed to load: " + loaded.error().message);
    return loaded.value();
  }();
  return *e;
}

}  // namespace riemann::patterns::test
