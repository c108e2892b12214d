// The production Runner: turns an execution_request into sandbox runs using the language's
// definition — a compile step with its own limits when the language has one (its artifacts
// cached by content hash), then one run, or one run per test of a "many tests" request — and
// maps the sandbox's verdicts to API statuses.
#pragma once

#include <memory>
#include <string>

#include "actors/runner.hpp"
#include "actors/stream_registry.hpp"
#include "config/languages.hpp"
#include "sandbox/sandbox.hpp"
#include "storage/compile_cache.hpp"

namespace riemann::actors {

Runner make_sandbox_runner(std::shared_ptr<sandbox::Sandbox> sandbox,
                           std::shared_ptr<const config::LanguageRegistry> languages,
                           std::string node_name, std::shared_ptr<storage::CompileCache> cache,
                           std::shared_ptr<StreamRegistry> streams = nullptr);

// SPEC §5.1 status for a sandbox result (program verdicts only).
std::string status_for(const sandbox::Result& result);

// Output comparison of "many tests": equal after dropping trailing whitespace on every line
// and trailing empty lines.
bool outputs_match(std::string_view actual, std::string_view expected);

}  // namespace riemann::actors
