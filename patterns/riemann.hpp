// Riemann analysis scoring (docs/PATTERNS.md "Riemann score"): per-pattern confidence from
// weighted evidence, overall score from pattern relevance, matched = confidence >= threshold.
#pragma once

#include <vector>

#include "patterns/patterns.hpp"
#include "patterns/rule.hpp"

namespace riemann::patterns {

// Recomputes patterns, patterns_matched, score and confidence from report.evidence.
void score_riemann(RiemannReport& report, const std::vector<MathPattern>& patterns,
                   double threshold);

// Evidence found in a program's output (primes, zeta zeros, ζ(2) ...), line 0.
std::vector<Evidence> output_evidence(std::string_view output);

}  // namespace riemann::patterns
