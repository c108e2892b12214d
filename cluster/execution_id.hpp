// Execution ids name their home node, so any node can tell where an execution lives (SPEC §10):
//   exec_<node>_<13 hex digits of ms since epoch><8 hex digits random>
// They sort by creation time within a node and are unguessable enough not to be enumerated.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace riemann::cluster {

std::string make_execution_id(std::string_view node_name);

// The node that created `id`; nullopt when id is not of our form.
std::optional<std::string> home_node(std::string_view id);

// Request ids: "req_" + 16 hex digits; a client-supplied one is kept when well-formed.
std::string make_request_id();
bool is_valid_request_id(std::string_view id);

}  // namespace riemann::cluster
