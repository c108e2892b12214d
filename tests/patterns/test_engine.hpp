// The engine loaded once from the repository's rule directory, shared by the test cases.
#pragma once

#include <memory>
#include <string>

#include "patterns/engine_impl.hpp"

namespace riemann::patterns::test {

inline std::string rules_dir() {
  return std::string(RIEMANN_SOURCE_DIR) + "/patterns/rules";
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
