// The production Runner: turns an execution_request into a sandbox::Spec using the language's
// definition, runs it in the worker's slot, and maps the sandbox's verdict to an API status.
#pragma once

#include <memory>
#include <string>

#include "actors/runner.hpp"
#include "config/languages.hpp"
#include "sandbox/sandbox.hpp"

namespace riemann::actors {

Runner make_sandbox_runner(std::shared_ptr<sandbox::Sandbox> sandbox,
                           std::shared_ptr<const config::LanguageRegistry> languages,
                           std::string node_name);

// SPEC §5.1 status for a sandbox result (program verdicts only).
std::string status_for(const sandbox::Result& result);

}  // namespace riemann::actors
