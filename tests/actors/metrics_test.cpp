// actors/metrics: the cluster figures (issue 7 §5) appear in the Prometheus exposition.
#include "actors/metrics.hpp"

#include <catch2/catch.hpp>

using riemann::actors::Metrics;

TEST_CASE("cluster metrics: nodes by state, remote dispatches, failovers, in-flight per node",
          "[metrics]") {
  Metrics m;
  m.cluster_nodes("up", 2);
  m.cluster_nodes("down", 1);
  m.remote_dispatch("beta");
  m.remote_dispatch("beta");
  m.failover("beta");
  m.node_in_flight("gamma", 3);
  const auto text = m.serialize();
  CHECK_THAT(text, Catch::Contains("riemann_cluster_nodes{state=\"up\"} 2"));
  CHECK_THAT(text, Catch::Contains("riemann_cluster_nodes{state=\"down\"} 1"));
  CHECK_THAT(text, Catch::Contains("riemann_cluster_remote_dispatches_total{node=\"beta\"} 2"));
  CHECK_THAT(text, Catch::Contains("riemann_cluster_failovers_total{node=\"beta\"} 1"));
  CHECK_THAT(text, Catch::Contains("riemann_cluster_node_in_flight{node=\"gamma\"} 3"));
}
