#include "actors/execution_worker.hpp"

namespace riemann::actors {

caf::behavior execution_worker(caf::event_based_actor* /*self*/, Runner runner, std::size_t slot) {
  return {
      [runner, slot](run_atom, const execution_request& request) -> run_outcome {
        return runner(request, slot);
      },
  };
}

}  // namespace riemann::actors
