// Security score and level (formula documented in docs/PATTERNS.md "Scoring").
#pragma once

#include <string_view>
#include <vector>

#include "patterns/patterns.hpp"

namespace riemann::patterns {

// 0 low, 1 medium, 2 high, 3 critical; -1 for anything else.
int severity_rank(std::string_view severity);

// Weight of one finding: severity weight x confidence factor (both in (0,1]).
double issue_weight(std::string_view severity, std::string_view confidence);

// score = prod over unsuppressed issues of (1 - issue_weight); level = worst unsuppressed severity.
void score_security(SecurityReport& report);

// Combines independent evidence weights: 1 - prod(1 - w).
double combine_weights(const std::vector<double>& weights);

}  // namespace riemann::patterns
