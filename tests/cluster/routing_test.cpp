// cluster/routing: the node with the most free slots that is up and has the language;
// local first on a tie.
#include "cluster/routing.hpp"

#include <catch2/catch.hpp>

using namespace riemann::cluster;

TEST_CASE("routing prefers free capacity, then the local node") {
  std::vector<Candidate> c{
      {"a", true, true, true, 1}, {"b", false, true, true, 2}, {"c", false, true, true, 2}};
  CHECK(choose_node(c) == "b");
  c[0].free_slots = 2;
  CHECK(choose_node(c) == "a");
}

TEST_CASE("routing skips nodes that are not up or lack the language") {
  std::vector<Candidate> c{
      {"a", true, true, false, 5}, {"b", false, false, true, 9}, {"c", false, true, true, 0}};
  CHECK(choose_node(c) == "c");
  c[2].has_language = false;
  CHECK_FALSE(choose_node(c).has_value());
  CHECK_FALSE(choose_node({}).has_value());
}

TEST_CASE("when every node is full the least overloaded one gets the work") {
  std::vector<Candidate> c{{"a", true, true, true, -3}, {"b", false, true, true, -1}};
  CHECK(choose_node(c) == "b");
}
