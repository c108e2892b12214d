#include "patterns/score.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace riemann::patterns {

namespace {
constexpr std::array<std::pair<std::string_view, double>, 4> kSeverityWeight{
    {{"low", 0.05}, {"medium", 0.15}, {"high", 0.35}, {"critical", 0.60}}};
constexpr std::array<std::pair<std::string_view, double>, 3> kConfidenceFactor{
    {{"low", 0.5}, {"medium", 0.75}, {"high", 1.0}}};
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kLevelForSeverity{
    {{"low", "low_risk"},
     {"medium", "medium_risk"},
     {"high", "high_risk"},
     {"critical", "critical"}}};
constexpr std::string_view kSecure = "secure";

template <std::size_t N, class V>
V lookup(const std::array<std::pair<std::string_view, V>, N>& table, std::string_view key, V def) {
  for (const auto& [k, v] : table) {
    if (k == key) return v;
  }
  return def;
}
}  // namespace

int severity_rank(std::string_view severity) {
  for (std::size_t i = 0; i < kSeverityWeight.size(); ++i) {
    if (kSeverityWeight[i].first == severity) return static_cast<int>(i);
  }
  return -1;
}

double issue_weight(std::string_view severity, std::string_view confidence) {
  return lookup(kSeverityWeight, severity, 0.0) * lookup(kConfidenceFactor, confidence, 0.0);
}

void score_security(SecurityReport& report) {
  double score = 1.0;
  int worst = -1;
  for (const auto& issue : report.issues) {
    if (issue.suppressed) continue;
    score *= 1.0 - issue_weight(issue.severity, issue.confidence);
    worst = std::max(worst, severity_rank(issue.severity));
  }
  report.score = score;
  report.level = worst < 0 ? std::string(kSecure)
                           : std::string(kLevelForSeverity[static_cast<std::size_t>(worst)].second);
}

double combine_weights(const std::vector<double>& weights) {
  double miss = 1.0;
  for (double w : weights) miss *= 1.0 - std::clamp(w, 0.0, 1.0);
  return 1.0 - miss;
}

bool SecurityReport::has_critical() const {
  return std::any_of(issues.begin(), issues.end(),
                     [](const Issue& i) { return !i.suppressed && i.severity == kGateSeverity; });
}

}  // namespace riemann::patterns
