// Prometheus metrics of one node (SPEC §12). Actors and net/ update them; net/ serves the text
// exposition at GET /metrics. Thread-safe; prometheus-cpp stays behind this pimpl so that only
// metrics.cpp compiles its headers.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

namespace riemann::actors {

class Metrics {
 public:
  Metrics();
  ~Metrics();
  Metrics(const Metrics&) = delete;
  Metrics& operator=(const Metrics&) = delete;

  // Executions.
  void execution_accepted();
  void execution_finished(const std::string& language, const std::string& status,
                          double engine_seconds, double program_wall_seconds);
  void set_active_executions(std::int64_t n);
  void set_queue_depth(std::int64_t n);
  void security_issue(const std::string& severity);
  void runtime_event(const std::string& syscall);
  void pattern_detected(const std::string& pattern);
  // The scanner's two requests: the critical-rules gate that precedes a run at security_level
  // high, and the full scan + Riemann analysis of every submission. Separate series, so that a
  // submission at high is not observed twice in one histogram.
  enum class ScanPhase { gate, examine };
  void scan_duration(ScanPhase phase, double seconds);

  // Supervision.
  void supervisor_children(const std::string& supervisor, std::int64_t alive);
  void supervisor_restart(const std::string& supervisor, const std::string& child);
  // Makes the restart/escalation series of a supervisor visible (at 0) before anything fails.
  void declare_supervisor(const std::string& supervisor, const std::string& child);
  void supervisor_escalation(const std::string& supervisor);
  void mailbox_depth(const std::string& actor, std::int64_t depth);
  void in_flight(const std::string& supervisor, std::int64_t n);

  // Cluster (issue 7 §5): nodes by state as this node sees them, executions sent to another
  // node, executions re-dispatched after a node loss, and executions in flight per node.
  void cluster_nodes(const std::string& state, std::int64_t n);
  void remote_dispatch(const std::string& node);
  void failover(const std::string& lost_node);
  void node_in_flight(const std::string& node, std::int64_t n);

  // HTTP (recorded by net/).
  void http_request(const std::string& route, unsigned code, double seconds);
  void rate_limited(const std::string& tier);
  void webhook_delivery(const std::string& event, const std::string& outcome);

  // Read back for /health.
  std::uint64_t total_executions() const;
  std::int64_t active_executions() const;

  // Prometheus text exposition format 0.0.4.
  std::string serialize() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace riemann::actors
