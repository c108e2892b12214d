// What an execution worker does with one request: run it and describe what happened.
// The production runner drives the sandbox (sandbox_runner.hpp); actor tests inject their own
// to make a worker crash on purpose. A runner may block (workers are detached actors) and may
// throw: the supervisor treats a throw as a worker crash.
#pragma once

#include <cstddef>
#include <functional>

#include "actors/messages.hpp"

namespace riemann::actors {

using Runner = std::function<run_outcome(const execution_request& request, std::size_t slot)>;

}  // namespace riemann::actors
