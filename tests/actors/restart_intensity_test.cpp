#include "actors/restart_intensity.hpp"

#include <catch2/catch.hpp>

using riemann::actors::RestartIntensity;
using namespace std::chrono_literals;

TEST_CASE("restart intensity allows N restarts per window, then refuses") {
  RestartIntensity r(3, 10s);
  const auto t0 = RestartIntensity::clock::now();
  CHECK(r.allow(t0));
  CHECK(r.allow(t0 + 1s));
  CHECK(r.allow(t0 + 2s));
  CHECK_FALSE(r.allow(t0 + 3s));
  CHECK(r.recent() == 3);
}

TEST_CASE("restarts older than the window no longer count") {
  RestartIntensity r(2, 10s);
  const auto t0 = RestartIntensity::clock::now();
  CHECK(r.allow(t0));
  CHECK(r.allow(t0 + 1s));
  CHECK_FALSE(r.allow(t0 + 5s));
  CHECK(r.allow(t0 + 12s));  // the first two have aged out
}
