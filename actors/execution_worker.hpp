// One execution worker: a detached actor (its own thread, since a sandboxed run blocks) bound
// to one sandbox slot. (run_atom, execution_request) -> run_outcome. It holds no state between
// runs, so a restarted worker is as good as the one it replaces.
#pragma once

#include <caf/behavior.hpp>
#include <caf/event_based_actor.hpp>
#include <cstddef>

#include "actors/runner.hpp"

namespace riemann::actors {

caf::behavior execution_worker(caf::event_based_actor* self, Runner runner, std::size_t slot);

}  // namespace riemann::actors
