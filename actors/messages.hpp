// The vocabulary of the actor tree: typed messages between net/, the supervisors, the workers
// and (later) remote nodes. Every type has an `inspect` so it can cross the network; the type-id
// block registers them under stable names on every node (stack notes: an unregistered type
// fails silently remotely).
//
// These are plain data. They carry no HTTP and no sandbox types (SPEC §4).
#pragma once

#include <caf/atom.hpp>
#include <caf/meta/type_name.hpp>
#include <caf/type_id.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace riemann::actors {

struct source_file {
  std::string name;
  std::string content;
};

// One input of a "many tests, one compile" request.
struct test_case {
  std::string stdin_data;
  std::string expected_output;
  bool has_expected = false;
};

// A validated execution request. Limits are already clamped to the server's maxima.
struct execution_request {
  std::string id;                  // assigned on acceptance ("exec_<node>_...")
  std::string request_id;          // the HTTP request id, for logs
  std::string language;            // canonical language name
  std::string version;             // requested version ("" = the node's)
  std::vector<source_file> files;  // files[0] is the main source (the request's `code`)
  std::string stdin_data;
  std::vector<std::string> args;
  std::int64_t timeout_ms = 0;
  std::int64_t cpu_time_ms = 0;
  std::uint64_t memory_bytes = 0;
  std::uint64_t max_output_bytes = 0;
  std::int64_t compile_timeout_ms = 0;
  std::string security_level;  // low | medium | high
  double riemann_threshold = 0.7;
  bool network = false;
  bool wait = true;
  std::string webhook_url;
  std::vector<test_case> tests;  // when set: one compile, one run per test (stdin_data unused)
  std::int32_t attempt = 0;      // 0 on first dispatch, 1 when retried after a worker crash
};

struct security_issue {
  std::string rule_id;
  std::string severity;
  std::string confidence;
  std::string cwe;
  std::string message;
  std::string file;
  std::int32_t line = 0;
  std::int32_t column = 0;
  std::string snippet;
  bool suppressed = false;
};

struct runtime_event {
  std::string syscall;
  std::string action;
  std::uint64_t count = 0;
};

struct security_scan {
  double score = 1.0;
  std::string level = "secure";
  std::vector<security_issue> issues;
  bool complete = true;  // false: a work bound for hostile input cut the static scan short
  std::vector<runtime_event> runtime_events;
};

struct pattern_evidence {
  std::string pattern;
  std::int32_t line = 0;
  std::string why;
  double weight = 0;
};

struct pattern_score {
  std::string pattern;
  double confidence = 0;
};

struct riemann_analysis {
  double score = 0;
  double confidence = 0;
  std::vector<std::string> patterns_matched;
  std::vector<pattern_score> patterns;  // every pattern with any evidence, matched or not
  std::vector<pattern_evidence> evidence;
};

// One test's run in a "many tests" request.
struct test_outcome {
  std::string status;   // SPEC §5.1 status of this run
  std::string verdict;  // accepted | wrong_answer | "" (no expected output given)
  std::string output;
  std::string error_output;
  bool has_exit_code = false;
  std::int32_t exit_code = 0;
  std::int32_t signal = 0;
  bool truncated = false;
  double cpu_time_s = 0;
  double wall_time_s = 0;
  std::uint64_t memory_bytes = 0;
};

// What the sandbox reported about one run, already mapped to an API status.
struct run_outcome {
  std::string status;        // SPEC §5.1 status of the program
  std::string output;        // stdout
  std::string error_output;  // stderr
  std::string compile_output;
  bool has_exit_code = false;
  std::int32_t exit_code = 0;
  std::int32_t signal = 0;  // 0 = none
  bool truncated = false;
  double cpu_time_s = 0;
  double wall_time_s = 0;
  std::uint64_t memory_bytes = 0;
  std::uint64_t network_bytes = 0;  // bytes over the box's private loopback (network: true)
  std::vector<runtime_event> runtime_events;
  std::string node;             // node whose worker ran it
  std::string error;            // internal_error: what failed in the engine (never program output)
  bool compiled = false;        // a compile step was needed
  bool compile_cached = false;  // ... and its artifacts came from the compile cache
  double compile_time_s = 0;    // wall time of the compile step (0 on a cache hit)
  std::vector<test_outcome> tests;
};

// The full result of an execution, as stored and served (`data` of the response).
// Where the engine's time went for one execution, in milliseconds from the moment the
// pipeline took the request (the client's `timings`).
struct engine_timings {
  double analysis_ms = 0;       // static scan + Riemann analysis, request to reply
  double run_ms = 0;            // dispatch to verdict: the wait for a worker, the sandbox run
  double analysis_wait_ms = 0;  // latency the analysis added: all of it where it gates the
                                // run (security_level high), else the part after the run ended
  double total_ms = 0;          // request to result (persisting it follows)
};

struct execution_result {
  std::string id;
  std::string status;
  std::string language;
  run_outcome run;
  security_scan security;
  riemann_analysis riemann;
  std::int64_t created_at_ms = 0;
  std::int64_t completed_at_ms = 0;
  std::string error;  // why it was rejected / failed in the engine, "" otherwise
  engine_timings timings;
};

// An execution as the store holds it; result_json is the API's `data` object once terminal.
struct stored_execution {
  std::string id;
  std::string status;
  std::string language;
  std::string node;
  std::int64_t created_at_ms = 0;
  std::int64_t updated_at_ms = 0;
  std::string result_json;
};

// One pending webhook delivery, as queued durably by the store.
struct webhook_delivery {
  std::int64_t id = 0;
  std::string url;
  std::string event;
  std::string body;
  std::int32_t attempts = 0;
};

// Figures of one supervisor for /metrics, /health and (later) /v1/cluster.
struct supervisor_figures {
  std::string name;
  std::uint32_t children = 0;
  std::uint32_t children_alive = 0;
  std::uint64_t restarts = 0;
  std::uint64_t escalations = 0;
  std::uint64_t mailbox_depth = 0;
  std::uint64_t in_flight = 0;
  std::uint64_t queued = 0;
};

// One node as the cluster sees it (GET /v1/cluster, heartbeats, the join reply).
struct node_status {
  std::string name;
  std::string address;                      // its cluster HOST:PORT
  std::string state = "up";                 // up | suspect | down (as seen by the reporter)
  std::uint32_t workers = 0;                // sandbox slots
  std::int64_t load = 0;                    // executions running or queued there
  std::vector<std::string> languages;       // runnable there
  std::vector<supervisor_figures> figures;  // its supervisors
  std::uint64_t remote_dispatches = 0;      // executions it sent to other nodes
  std::uint64_t failovers = 0;              // executions it re-dispatched after a node loss
  bool local = false;                       // the node that answered
};

template <class Inspector>
typename Inspector::result_type inspect(Inspector& f, source_file& x) {
  return f(caf::meta::type_name("riemann::actors::source_file"), x.name, x.content);
}

template <class Inspector>
typename Inspector::result_type inspect(Inspector& f, test_case& x) {
  return f(caf::meta::type_name("riemann::actors::test_case"), x.stdin_data, x.expected_output,
           x.has_expected);
}

template <class Inspector>
typename Inspector::result_type inspect(Inspector& f, test_outcome& x) {
  return f(caf::meta::type_name("riemann::actors::test_outcome"), x.status, x.verdict, x.output,
           x.error_output, x.has_exit_code, x.exit_code, x.signal, x.truncated, x.cpu_time_s,
           x.wall_time_s, x.memory_bytes);
}

template <class Inspector>
typename Inspector::result_type inspect(Inspector& f, execution_request& x) {
  return f(caf::meta::type_name("riemann::actors::execution_request"), x.id, x.request_id,
           x.language, x.version, x.files, x.stdin_data, x.args, x.timeout_ms, x.cpu_time_ms,
           x.memory_bytes, x.max_output_bytes, x.compile_timeout_ms, x.security_level,
           x.riemann_threshold, x.network, x.wait, x.webhook_url, x.tests, x.attempt);
}

template <class Inspector>
typename Inspector::result_type inspect(Inspector& f, security_issue& x) {
  return f(caf::meta::type_name("riemann::actors::security_issue"), x.rule_id, x.severity,
           x.confidence, x.cwe, x.message, x.file, x.line, x.column, x.snippet, x.suppressed);
}

template <class Inspector>
typename Inspector::result_type inspect(Inspector& f, runtime_event& x) {
  return f(caf::meta::type_name("riemann::actors::runtime_event"), x.syscall, x.action, x.count);
}

template <class Inspector>
typename Inspector::result_type inspect(Inspector& f, security_scan& x) {
  return f(caf::meta::type_name("riemann::actors::security_scan"), x.score, x.level, x.issues,
           x.complete, x.runtime_events);
}

template <class Inspector>
typename Inspector::result_type inspect(Inspector& f, pattern_evidence& x) {
  return f(caf::meta::type_name("riemann::actors::pattern_evidence"), x.pattern, x.line, x.why,
           x.weight);
}

template <class Inspector>
typename Inspector::result_type inspect(Inspector& f, pattern_score& x) {
  return f(caf::meta::type_name("riemann::actors::pattern_score"), x.pattern, x.confidence);
}

template <class Inspector>
typename Inspector::result_type inspect(Inspector& f, riemann_analysis& x) {
  return f(caf::meta::type_name("riemann::actors::riemann_analysis"), x.score, x.confidence,
           x.patterns_matched, x.patterns, x.evidence);
}

template <class Inspector>
typename Inspector::result_type inspect(Inspector& f, run_outcome& x) {
  return f(caf::meta::type_name("riemann::actors::run_outcome"), x.status, x.output, x.error_output,
           x.compile_output, x.has_exit_code, x.exit_code, x.signal, x.truncated, x.cpu_time_s,
           x.wall_time_s, x.memory_bytes, x.network_bytes, x.runtime_events, x.node, x.error,
           x.compiled, x.compile_cached, x.compile_time_s, x.tests);
}

template <class Inspector>
typename Inspector::result_type inspect(Inspector& f, engine_timings& x) {
  return f(caf::meta::type_name("riemann::actors::engine_timings"), x.analysis_ms, x.run_ms,
           x.analysis_wait_ms, x.total_ms);
}

template <class Inspector>
typename Inspector::result_type inspect(Inspector& f, execution_result& x) {
  return f(caf::meta::type_name("riemann::actors::execution_result"), x.id, x.status, x.language,
           x.run, x.security, x.riemann, x.created_at_ms, x.completed_at_ms, x.error, x.timings);
}

template <class Inspector>
typename Inspector::result_type inspect(Inspector& f, stored_execution& x) {
  return f(caf::meta::type_name("riemann::actors::stored_execution"), x.id, x.status, x.language,
           x.node, x.created_at_ms, x.updated_at_ms, x.result_json);
}

template <class Inspector>
typename Inspector::result_type inspect(Inspector& f, webhook_delivery& x) {
  return f(caf::meta::type_name("riemann::actors::webhook_delivery"), x.id, x.url, x.event, x.body,
           x.attempts);
}

template <class Inspector>
typename Inspector::result_type inspect(Inspector& f, supervisor_figures& x) {
  return f(caf::meta::type_name("riemann::actors::supervisor_figures"), x.name, x.children,
           x.children_alive, x.restarts, x.escalations, x.mailbox_depth, x.in_flight, x.queued);
}

template <class Inspector>
typename Inspector::result_type inspect(Inspector& f, node_status& x) {
  return f(caf::meta::type_name("riemann::actors::node_status"), x.name, x.address, x.state,
           x.workers, x.load, x.languages, x.figures, x.remote_dispatches, x.failovers, x.local);
}

}  // namespace riemann::actors

CAF_BEGIN_TYPE_ID_BLOCK(riemann, caf::first_custom_type_id)
CAF_ADD_TYPE_ID(riemann, (riemann::actors::source_file))
CAF_ADD_TYPE_ID(riemann, (riemann::actors::test_case))
CAF_ADD_TYPE_ID(riemann, (riemann::actors::test_outcome))
CAF_ADD_TYPE_ID(riemann, (riemann::actors::execution_request))
CAF_ADD_TYPE_ID(riemann, (riemann::actors::security_issue))
CAF_ADD_TYPE_ID(riemann, (riemann::actors::runtime_event))
CAF_ADD_TYPE_ID(riemann, (riemann::actors::security_scan))
CAF_ADD_TYPE_ID(riemann, (riemann::actors::pattern_evidence))
CAF_ADD_TYPE_ID(riemann, (riemann::actors::pattern_score))
CAF_ADD_TYPE_ID(riemann, (riemann::actors::riemann_analysis))
CAF_ADD_TYPE_ID(riemann, (riemann::actors::run_outcome))
CAF_ADD_TYPE_ID(riemann, (riemann::actors::execution_result))
CAF_ADD_TYPE_ID(riemann, (riemann::actors::stored_execution))
CAF_ADD_TYPE_ID(riemann, (riemann::actors::supervisor_figures))
CAF_ADD_TYPE_ID(riemann, (riemann::actors::webhook_delivery))
CAF_ADD_TYPE_ID(riemann, (std::vector<riemann::actors::webhook_delivery>))
CAF_ADD_ATOM(riemann, riemann::actors, execute_atom, "execute")
CAF_ADD_ATOM(riemann, riemann::actors, run_atom, "run")
// scan: the gate of security_level high (critical rules only). analyze: no longer sent
// (examine replaced it); kept so that the type ids after it stay what older nodes expect.
CAF_ADD_ATOM(riemann, riemann::actors, scan_atom, "scan")
CAF_ADD_ATOM(riemann, riemann::actors, analyze_atom, "analyze")
CAF_ADD_ATOM(riemann, riemann::actors, refine_atom, "refine")
CAF_ADD_ATOM(riemann, riemann::actors, store_atom, "store")
CAF_ADD_ATOM(riemann, riemann::actors, fetch_atom, "fetch")
CAF_ADD_ATOM(riemann, riemann::actors, figures_atom, "figures")
CAF_ADD_ATOM(riemann, riemann::actors, recover_atom, "recover")
CAF_ADD_ATOM(riemann, riemann::actors, count_atom, "count")
CAF_ADD_ATOM(riemann, riemann::actors, prune_atom, "prune")
CAF_ADD_ATOM(riemann, riemann::actors, usage_atom, "usage")
CAF_ADD_ATOM(riemann, riemann::actors, notify_atom, "notify")
CAF_ADD_ATOM(riemann, riemann::actors, tick_atom, "tick")
CAF_ADD_ATOM(riemann, riemann::actors, wh_enqueue_atom, "wh_enqueue")
CAF_ADD_ATOM(riemann, riemann::actors, wh_due_atom, "wh_due")
CAF_ADD_ATOM(riemann, riemann::actors, wh_result_atom, "wh_result")
CAF_ADD_TYPE_ID(riemann, (riemann::actors::node_status))
CAF_ADD_TYPE_ID(riemann, (std::vector<riemann::actors::node_status>))
CAF_ADD_TYPE_ID(riemann, (std::vector<riemann::actors::supervisor_figures>))
CAF_ADD_ATOM(riemann, riemann::actors, route_atom, "route")
CAF_ADD_ATOM(riemann, riemann::actors, routed_atom, "routed")
CAF_ADD_ATOM(riemann, riemann::actors, challenge_atom, "challenge")
CAF_ADD_ATOM(riemann, riemann::actors, join_atom, "join")
CAF_ADD_ATOM(riemann, riemann::actors, heartbeat_atom, "heartbeat")
CAF_ADD_ATOM(riemann, riemann::actors, cluster_atom, "cluster")
CAF_ADD_ATOM(riemann, riemann::actors, rejoin_atom, "rejoin")
CAF_ADD_ATOM(riemann, riemann::actors, lost_atom, "lost")
CAF_ADD_ATOM(riemann, riemann::actors, examine_atom, "examine")
CAF_END_TYPE_ID_BLOCK(riemann)
