#include "patterns/rule_loader.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "patterns/json_util.hpp"

namespace riemann::patterns {

namespace fs = std::filesystem;

namespace {

const std::set<std::string> kSeverities{"low", "medium", "high", "critical"};
const std::set<std::string> kConfidences{"low", "medium", "high"};
constexpr const char* kAllLanguages = "*";
constexpr const char* kPatternsFile = "patterns.json";

Unexpected<Error> invalid(const std::string& path, const std::string& why) {
  return unexpected(Error{Errc::rules_invalid, path + ": " + why});
}

std::vector<std::string> json_files(const fs::path& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".json") {
      out.push_back(entry.path().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Reads matcher fields and examples; returns an error text or empty.
std::string read_matcher(const boost::json::object& obj, Matcher& m, Examples& ex) {
  auto queries = json_util::string_list(obj, "query");
  auto calls = json_util::string_list(obj, "calls");
  auto names = json_util::string_list(obj, "names");
  auto numbers = json_util::string_list(obj, "numbers");
  if (!queries || !calls || !names || !numbers) {
    return "query/calls/names/numbers must be strings or string lists";
  }
  m = Matcher{std::move(*queries), std::move(*calls), std::move(*names), std::move(*numbers)};
  if (m.queries.empty() && m.calls.empty() && m.names.empty() && m.numbers.empty()) {
    return "needs one of query, calls, names, numbers";
  }
  const auto* examples = obj.if_contains("examples");
  if (examples == nullptr || !examples->is_object()) return "missing 'examples' object";
  auto match = json_util::string_list(examples->get_object(), "match");
  auto no_match = json_util::string_list(examples->get_object(), "no_match");
  auto langs = json_util::string_list(examples->get_object(), "languages");
  if (!match || !no_match || !langs)
    return "examples.match/no_match/languages must be string lists";
  if (match->empty()) return "examples.match must hold at least one snippet";
  ex = Examples{std::move(*match), std::move(*no_match), std::move(*langs)};
  return {};
}

std::optional<std::vector<std::string>> languages_of(const boost::json::object& rule,
                                                     const std::vector<std::string>& file_langs) {
  auto own = json_util::string_list(rule, "languages");
  if (!own) return std::nullopt;
  return own->empty() ? file_langs : *own;
}

Expected<Unit, Error> load_security_file(const std::string& path, RuleSet& out) {
  std::string err;
  auto doc = json_util::parse_file(path, err);
  if (!doc) return invalid(path, err);
  if (!doc->is_object()) return invalid(path, "top level must be an object");
  const auto& top = doc->get_object();
  auto langs = json_util::string_list(top, "languages");
  const auto* rules = top.if_contains("rules");
  if (!langs || rules == nullptr || !rules->is_array()) {
    return invalid(path, "needs 'languages' (string list) and 'rules' (array)");
  }
  for (const auto& item : rules->get_array()) {
    if (!item.is_object()) return invalid(path, "every rule must be an object");
    const auto& obj = item.get_object();
    SecurityRule r;
    r.source_file = path;
    r.id = json_util::string_field(obj, "id").value_or("");
    if (r.id.empty()) return invalid(path, "a rule has no 'id'");
    r.severity = json_util::string_field(obj, "severity").value_or("");
    r.confidence = json_util::string_field(obj, "confidence").value_or("");
    r.cwe = json_util::string_field(obj, "cwe").value_or("");
    r.message = json_util::string_field(obj, "message").value_or("");
    if (!kSeverities.count(r.severity)) return invalid(path, r.id + ": bad severity");
    if (!kConfidences.count(r.confidence)) return invalid(path, r.id + ": bad confidence");
    if (r.cwe.rfind("CWE-", 0) != 0) return invalid(path, r.id + ": cwe must be CWE-<n>");
    if (r.message.empty()) return invalid(path, r.id + ": empty message");
    auto rl = languages_of(obj, *langs);
    if (!rl || rl->empty()) return invalid(path, r.id + ": no languages");
    r.languages = std::move(*rl);
    if (auto e = read_matcher(obj, r.matcher, r.examples); !e.empty()) {
      return invalid(path, r.id + ": " + e);
    }
    out.security.push_back(std::move(r));
  }
  return Unit{};
}

Expected<Unit, Error> load_evidence_file(const std::string& path, RuleSet& out) {
  std::string err;
  auto doc = json_util::parse_file(path, err);
  if (!doc) return invalid(path, err);
  if (!doc->is_object()) return invalid(path, "top level must be an object");
  const auto& top = doc->get_object();
  auto langs = json_util::string_list(top, "languages");
  const auto* evidence = top.if_contains("evidence");
  if (!langs || evidence == nullptr || !evidence->is_array()) {
    return invalid(path, "needs 'languages' (string list) and 'evidence' (array)");
  }
  for (const auto& item : evidence->get_array()) {
    if (!item.is_object()) return invalid(path, "every evidence entry must be an object");
    const auto& obj = item.get_object();
    EvidenceSignal s;
    s.source_file = path;
    s.id = json_util::string_field(obj, "id").value_or("");
    s.pattern = json_util::string_field(obj, "pattern").value_or("");
    s.why = json_util::string_field(obj, "why").value_or("");
    if (s.id.empty() || s.pattern.empty() || s.why.empty()) {
      return invalid(path, "evidence needs id, pattern, why (" + s.id + ")");
    }
    const auto* w = obj.if_contains("weight");
    if (w == nullptr || !w->is_number()) return invalid(path, s.id + ": weight must be a number");
    s.weight = w->to_number<double>();
    if (s.weight <= 0 || s.weight >= 1) return invalid(path, s.id + ": weight must be in (0,1)");
    auto rl = languages_of(obj, *langs);
    if (!rl || rl->empty()) return invalid(path, s.id + ": no languages");
    s.languages = std::move(*rl);
    if (auto e = read_matcher(obj, s.matcher, s.examples); !e.empty()) {
      return invalid(path, s.id + ": " + e);
    }
    out.evidence.push_back(std::move(s));
  }
  return Unit{};
}

Expected<Unit, Error> load_patterns_file(const std::string& path, RuleSet& out) {
  std::string err;
  auto doc = json_util::parse_file(path, err);
  if (!doc) return invalid(path, err);
  const auto* list = doc->is_object() ? doc->get_object().if_contains("patterns") : nullptr;
  if (list == nullptr || !list->is_array()) return invalid(path, "needs a 'patterns' array");
  for (const auto& item : list->get_array()) {
    if (!item.is_object()) return invalid(path, "every pattern must be an object");
    const auto& obj = item.get_object();
    MathPattern p;
    p.name = json_util::string_field(obj, "name").value_or("");
    p.description = json_util::string_field(obj, "description").value_or("");
    const auto* rel = obj.if_contains("relevance");
    if (p.name.empty() || rel == nullptr || !rel->is_number()) {
      return invalid(path, "a pattern needs name and numeric relevance");
    }
    p.relevance = rel->to_number<double>();
    if (p.relevance <= 0 || p.relevance > 1) return invalid(path, p.name + ": relevance in (0,1]");
    out.math_patterns.push_back(std::move(p));
  }
  return Unit{};
}

// Replaces "*" by every loaded language and checks each named language exists.
std::string expand_languages(std::vector<std::string>& langs, const std::set<std::string>& known) {
  if (std::find(langs.begin(), langs.end(), kAllLanguages) != langs.end()) {
    langs.clear();
    for (const auto& k : known) langs.push_back(k);
    return {};
  }
  for (const auto& l : langs) {
    if (!known.count(l)) return "unknown language '" + l + "'";
  }
  return {};
}

Expected<Unit, Error> check_references(RuleDirectory& dir) {
  std::set<std::string> known;
  for (const auto& l : dir.languages) known.insert(l.name);
  for (const auto& l : dir.languages) {
    if (l.extends.empty()) continue;
    const auto base = std::find_if(dir.languages.begin(), dir.languages.end(),
                                   [&](const LanguageSpec& b) { return b.name == l.extends; });
    if (base == dir.languages.end() || !base->extends.empty() || l.extends == l.name) {
      return invalid("languages/" + l.name + ".json",
                     "extends '" + l.extends + "', which is not a loaded base language");
    }
  }
  std::set<std::string> patterns;
  for (const auto& p : dir.rules.math_patterns) patterns.insert(p.name);
  std::set<std::string> ids;
  for (auto& r : dir.rules.security) {
    if (!ids.insert(r.id).second) return invalid(r.source_file, "duplicate rule id " + r.id);
    if (auto e = expand_languages(r.languages, known); !e.empty()) {
      return invalid(r.source_file, r.id + ": " + e);
    }
  }
  for (auto& s : dir.rules.evidence) {
    if (!ids.insert(s.id).second) return invalid(s.source_file, "duplicate id " + s.id);
    if (!patterns.count(s.pattern)) {
      return invalid(s.source_file, s.id + ": unknown pattern '" + s.pattern + "'");
    }
    if (auto e = expand_languages(s.languages, known); !e.empty()) {
      return invalid(s.source_file, s.id + ": " + e);
    }
  }
  return Unit{};
}

}  // namespace

Expected<RuleDirectory, Error> load_rule_directory(const std::string& rules_dir) {
  const fs::path root(rules_dir);
  std::error_code ec;
  if (!fs::is_directory(root, ec)) {
    return invalid(rules_dir, "not a directory");
  }
  RuleDirectory dir;
  for (const auto& path : json_files(root / "languages")) {
    auto spec = load_language_spec(path);
    if (!spec) return unexpected(spec.error());
    dir.languages.push_back(std::move(spec.value()));
  }
  if (dir.languages.empty()) return invalid(rules_dir, "no languages/*.json");
  for (const auto& path : json_files(root / "security")) {
    if (auto r = load_security_file(path, dir.rules); !r) return unexpected(r.error());
  }
  const auto riemann_dir = root / "riemann";
  if (auto r = load_patterns_file((riemann_dir / kPatternsFile).string(), dir.rules); !r) {
    return unexpected(r.error());
  }
  for (const auto& path : json_files(riemann_dir)) {
    if (fs::path(path).filename() == kPatternsFile) continue;
    if (auto r = load_evidence_file(path, dir.rules); !r) return unexpected(r.error());
  }
  if (auto r = check_references(dir); !r) return unexpected(r.error());
  return dir;
}

}  // namespace riemann::patterns
