// Pure renderers: engine values in, HTTP responses out. No I/O, no actors, no sockets; the
// router (api.hpp) gathers the inputs asynchronously and calls these.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "actors/messages.hpp"
#include "config/languages.hpp"
#include "net/http_types.hpp"

namespace riemann::net {

struct ResponseMeta {
  std::string request_id;
  std::string node;
};

// {"success": true, "data": <data_json>, "metadata": {...}} with the given status.
HttpResponse envelope(unsigned status, const std::string& data_json, const ResponseMeta& meta);

HttpResponse render_result(const actors::execution_result& result, const ResponseMeta& meta);
HttpResponse render_stored(const actors::stored_execution& execution, const ResponseMeta& meta);
HttpResponse render_accepted(const std::string& execution_id, const ResponseMeta& meta);

struct HealthInput {
  bool root_alive = false;
  std::optional<std::uint64_t> total_executions;  // nullopt: the database did not answer
  std::vector<actors::supervisor_figures> supervisors;
  std::vector<std::string> sandbox_warnings;
  std::int64_t active_executions = 0;
  std::int64_t uptime_seconds = 0;
};
HttpResponse render_health(const HealthInput& input);

HttpResponse render_metrics_text(std::string exposition);
HttpResponse render_metrics_json(const HealthInput& input, const ResponseMeta& meta);

// Languages runnable here; with `nodes` (cluster mode) also those only other nodes can run, and
// for each language the nodes that are up and run it.
HttpResponse render_languages(const config::LanguageRegistry& languages, const ResponseMeta& meta,
                              const std::vector<actors::node_status>& nodes = {});

// GET /v1/cluster: every node with state, address, capacity, languages and supervisor figures.
HttpResponse render_cluster(const std::vector<actors::node_status>& nodes,
                            const ResponseMeta& meta);

// "5d 3h 45m" as in the seed's /health example.
std::string format_uptime(std::int64_t seconds);

}  // namespace riemann::net
