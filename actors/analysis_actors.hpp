// The scanner and pattern actors (SPEC §4): thin actor shells around patterns::Engine, so that
// analysis runs off the io threads and a crash in it is supervised like any other child.
//
//   scanner: (examine_atom, language, std::vector<source_file>, double threshold)
//                -> (security_scan, riemann_analysis): both reports from one parse
//            (scan_atom, language, files) -> security_scan: the critical rules only
//                (Engine::gate), what security_level high decides on before the run
//   pattern: (refine_atom, riemann_analysis, std::string output, double) -> riemann_analysis
// A language the engine does not support yields an empty (clean) report, not an error: the
// program still runs; analysis failures on hostile input are errc::analysis_failure.
#pragma once

#include <caf/behavior.hpp>
#include <caf/event_based_actor.hpp>
#include <memory>

#include "actors/messages.hpp"
#include "actors/metrics.hpp"
#include "patterns/patterns.hpp"

namespace riemann::actors {

caf::behavior scanner_actor(caf::event_based_actor* self,
                            std::shared_ptr<const patterns::Engine> engine,
                            std::shared_ptr<Metrics> metrics);

caf::behavior pattern_actor(caf::event_based_actor* self,
                            std::shared_ptr<const patterns::Engine> engine,
                            std::shared_ptr<Metrics> metrics);

// Conversions between the engine's report types and the message types (exposed for tests).
security_scan to_message(const patterns::SecurityReport& report);
riemann_analysis to_message(const patterns::RiemannReport& report);
patterns::RiemannReport from_message(const riemann_analysis& analysis);

}  // namespace riemann::actors
