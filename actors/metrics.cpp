#include "actors/metrics.hpp"

#include <prometheus/counter.h>
#include <prometheus/gauge.h>
#include <prometheus/histogram.h>
#include <prometheus/registry.h>
#include <prometheus/text_serializer.h>

#include <atomic>

namespace riemann::actors {
namespace {

using prometheus::BuildCounter;
using prometheus::BuildGauge;
using prometheus::BuildHistogram;

// Buckets in seconds: from a fast interpreter start (~10 ms) to the longest allowed run.
const prometheus::Histogram::BucketBoundaries kExecutionBuckets = {
    0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60};
// HTTP latency buckets: sub-millisecond reads up to long synchronous executions.
const prometheus::Histogram::BucketBoundaries kHttpBuckets = {
    0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30};
// Scanner: the goal is well under a millisecond per submission.
const prometheus::Histogram::BucketBoundaries kScanBuckets = {0.0001, 0.00025, 0.0005, 0.001,
                                                              0.0025, 0.005,   0.01,   0.05};

}  // namespace

struct Metrics::Impl {
  std::shared_ptr<prometheus::Registry> registry = std::make_shared<prometheus::Registry>();
  prometheus::Family<prometheus::Counter>& executions =
      BuildCounter()
          .Name("riemann_executions_total")
          .Help("Finished executions by language and status")
          .Register(*registry);
  prometheus::Family<prometheus::Counter>& accepted = BuildCounter()
                                                          .Name("riemann_executions_accepted_total")
                                                          .Help("Executions accepted")
                                                          .Register(*registry);
  prometheus::Family<prometheus::Histogram>& duration =
      BuildHistogram()
          .Name("riemann_execution_duration_seconds")
          .Help("Engine time per execution (scan, run, persist)")
          .Register(*registry);
  prometheus::Family<prometheus::Histogram>& program_duration =
      BuildHistogram()
          .Name("riemann_program_wall_seconds")
          .Help("Wall time of the sandboxed program")
          .Register(*registry);
  prometheus::Family<prometheus::Gauge>& active = BuildGauge()
                                                      .Name("riemann_active_executions")
                                                      .Help("Executions running now")
                                                      .Register(*registry);
  prometheus::Family<prometheus::Gauge>& queue = BuildGauge()
                                                     .Name("riemann_queue_depth")
                                                     .Help("Executions waiting for a worker")
                                                     .Register(*registry);
  prometheus::Family<prometheus::Counter>& issues = BuildCounter()
                                                        .Name("riemann_security_issues_total")
                                                        .Help("Static findings by severity")
                                                        .Register(*registry);
  prometheus::Family<prometheus::Counter>& events = BuildCounter()
                                                        .Name("riemann_runtime_events_total")
                                                        .Help("Syscalls refused by the sandbox")
                                                        .Register(*registry);
  prometheus::Family<prometheus::Counter>& patterns = BuildCounter()
                                                          .Name("riemann_patterns_detected_total")
                                                          .Help("Riemann patterns matched")
                                                          .Register(*registry);
  prometheus::Family<prometheus::Histogram>& scan =
      BuildHistogram()
          .Name("riemann_scan_duration_seconds")
          .Help("Scanner time by phase: gate (at level high), examine (scan + analysis)")
          .Register(*registry);
  prometheus::Family<prometheus::Gauge>& children = BuildGauge()
                                                        .Name("riemann_supervisor_children")
                                                        .Help("Children alive per supervisor")
                                                        .Register(*registry);
  prometheus::Family<prometheus::Counter>& restarts =
      BuildCounter()
          .Name("riemann_supervisor_restarts_total")
          .Help("Child restarts by supervisor and child")
          .Register(*registry);
  prometheus::Family<prometheus::Counter>& escalations =
      BuildCounter()
          .Name("riemann_supervisor_escalations_total")
          .Help("Restart intensity exceeded")
          .Register(*registry);
  prometheus::Family<prometheus::Gauge>& mailbox =
      BuildGauge()
          .Name("riemann_mailbox_depth")
          .Help("Messages waiting in an actor's mailbox")
          .Register(*registry);
  prometheus::Family<prometheus::Gauge>& inflight = BuildGauge()
                                                        .Name("riemann_supervisor_in_flight")
                                                        .Help("Work in progress per supervisor")
                                                        .Register(*registry);
  prometheus::Family<prometheus::Counter>& http = BuildCounter()
                                                      .Name("riemann_http_requests_total")
                                                      .Help("HTTP requests by route and code")
                                                      .Register(*registry);
  prometheus::Family<prometheus::Histogram>& http_latency =
      BuildHistogram()
          .Name("riemann_http_request_duration_seconds")
          .Help("HTTP latency by route")
          .Register(*registry);

  prometheus::Family<prometheus::Counter>& limited =
      BuildCounter()
          .Name("riemann_rate_limited_total")
          .Help("Requests refused by rate limits, by tier")
          .Register(*registry);
  prometheus::Family<prometheus::Counter>& webhooks =
      BuildCounter()
          .Name("riemann_webhook_deliveries_total")
          .Help("Webhook delivery attempts by event and outcome")
          .Register(*registry);
  prometheus::Family<prometheus::Gauge>& cluster_nodes =
      BuildGauge()
          .Name("riemann_cluster_nodes")
          .Help("Cluster nodes by state, as seen by this node")
          .Register(*registry);
  prometheus::Family<prometheus::Counter>& remote_dispatches =
      BuildCounter()
          .Name("riemann_cluster_remote_dispatches_total")
          .Help("Executions sent to another node, by node")
          .Register(*registry);
  prometheus::Family<prometheus::Counter>& failovers =
      BuildCounter()
          .Name("riemann_cluster_failovers_total")
          .Help("Executions re-dispatched after a node was lost, by lost node")
          .Register(*registry);
  prometheus::Family<prometheus::Gauge>& node_in_flight =
      BuildGauge()
          .Name("riemann_cluster_node_in_flight")
          .Help("Executions running or queued per node")
          .Register(*registry);

  prometheus::Counter& accepted_total = accepted.Add({});
  prometheus::Gauge& active_now = active.Add({});
  prometheus::Gauge& queue_now = queue.Add({});
  std::atomic<std::uint64_t> finished{0};
};

namespace {

// Series of a closed label set are exported from the start (at 0), so that dashboards and
// alerts find them before the first event, and rate() sees the first increment.
constexpr const char* kSeverities[] = {"low", "medium", "high", "critical"};
constexpr const char* kTiers[] = {"free", "pro", "enterprise"};
constexpr const char* kEvents[] = {"execution.completed", "execution.failed", "security.alert",
                                   "system.alert"};
constexpr const char* kOutcomes[] = {"delivered", "retry", "gave_up"};

}  // namespace

Metrics::Metrics() : impl_(std::make_unique<Impl>()) {
  for (const char* severity : kSeverities) impl_->issues.Add({{"severity", severity}});
  for (const char* tier : kTiers) impl_->limited.Add({{"tier", tier}});
  for (const char* event : kEvents) {
    for (const char* outcome : kOutcomes)
      impl_->webhooks.Add({{"event", event}, {"outcome", outcome}});
  }
}
Metrics::~Metrics() = default;

void Metrics::execution_accepted() {
  impl_->accepted_total.Increment();
}

void Metrics::execution_finished(const std::string& language, const std::string& status,
                                 double engine_seconds, double program_wall_seconds) {
  impl_->executions.Add({{"language", language}, {"status", status}}).Increment();
  impl_->duration.Add({{"language", language}}, kExecutionBuckets).Observe(engine_seconds);
  impl_->program_duration.Add({{"language", language}}, kExecutionBuckets)
      .Observe(program_wall_seconds);
  impl_->finished.fetch_add(1, std::memory_order_relaxed);
}

void Metrics::set_active_executions(std::int64_t n) {
  impl_->active_now.Set(static_cast<double>(n));
}
void Metrics::set_queue_depth(std::int64_t n) {
  impl_->queue_now.Set(static_cast<double>(n));
}
void Metrics::security_issue(const std::string& severity) {
  impl_->issues.Add({{"severity", severity}}).Increment();
}
void Metrics::runtime_event(const std::string& syscall) {
  impl_->events.Add({{"syscall", syscall}}).Increment();
}
void Metrics::pattern_detected(const std::string& pattern) {
  impl_->patterns.Add({{"pattern", pattern}}).Increment();
}
void Metrics::scan_duration(ScanPhase phase, double seconds) {
  const char* name = phase == ScanPhase::gate ? "gate" : "examine";
  impl_->scan.Add({{"phase", name}}, kScanBuckets).Observe(seconds);
}

void Metrics::supervisor_children(const std::string& supervisor, std::int64_t alive) {
  impl_->children.Add({{"supervisor", supervisor}}).Set(static_cast<double>(alive));
}
void Metrics::supervisor_restart(const std::string& supervisor, const std::string& child) {
  impl_->restarts.Add({{"supervisor", supervisor}, {"child", child}}).Increment();
}
void Metrics::declare_supervisor(const std::string& supervisor, const std::string& child) {
  impl_->restarts.Add({{"supervisor", supervisor}, {"child", child}});
  impl_->escalations.Add({{"supervisor", supervisor}});
}
void Metrics::supervisor_escalation(const std::string& supervisor) {
  impl_->escalations.Add({{"supervisor", supervisor}}).Increment();
}
void Metrics::mailbox_depth(const std::string& actor, std::int64_t depth) {
  impl_->mailbox.Add({{"actor", actor}}).Set(static_cast<double>(depth));
}
void Metrics::in_flight(const std::string& supervisor, std::int64_t n) {
  impl_->inflight.Add({{"supervisor", supervisor}}).Set(static_cast<double>(n));
}

void Metrics::cluster_nodes(const std::string& state, std::int64_t n) {
  impl_->cluster_nodes.Add({{"state", state}}).Set(static_cast<double>(n));
}
void Metrics::remote_dispatch(const std::string& node) {
  impl_->remote_dispatches.Add({{"node", node}}).Increment();
}
void Metrics::failover(const std::string& lost_node) {
  impl_->failovers.Add({{"node", lost_node}}).Increment();
}
void Metrics::node_in_flight(const std::string& node, std::int64_t n) {
  impl_->node_in_flight.Add({{"node", node}}).Set(static_cast<double>(n));
}

void Metrics::http_request(const std::string& route, unsigned code, double seconds) {
  impl_->http.Add({{"route", route}, {"code", std::to_string(code)}}).Increment();
  impl_->http_latency.Add({{"route", route}}, kHttpBuckets).Observe(seconds);
}

void Metrics::rate_limited(const std::string& tier) {
  impl_->limited.Add({{"tier", tier}}).Increment();
}
void Metrics::webhook_delivery(const std::string& event, const std::string& outcome) {
  impl_->webhooks.Add({{"event", event}, {"outcome", outcome}}).Increment();
}

std::uint64_t Metrics::total_executions() const {
  return impl_->finished.load(std::memory_order_relaxed);
}
std::int64_t Metrics::active_executions() const {
  return static_cast<std::int64_t>(impl_->active_now.Value());
}

std::string Metrics::serialize() const {
  return prometheus::TextSerializer{}.Serialize(impl_->registry->Collect());
}

}  // namespace riemann::actors
