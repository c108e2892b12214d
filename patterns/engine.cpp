#include <algorithm>
#include <map>

#include "patterns/engine_impl.hpp"
#include "patterns/grammars.hpp"
#include "patterns/rule_loader.hpp"

namespace riemann::patterns {

namespace {

bool listed(const std::vector<std::string>& langs, const std::string& lang) {
  return std::find(langs.begin(), langs.end(), lang) != langs.end();
}

// Whether an item applies to the language: named by it, or by the language it extends.
bool applies_to(const std::vector<std::string>& langs, const LanguageSpec& spec) {
  return listed(langs, spec.name) || (!spec.extends.empty() && listed(langs, spec.extends));
}

// The prelude every combined query starts with: import bindings and one dispatch pattern per
// kind of shorthand in use (the templates of the language file). The call dispatch also serves
// the call-gated queries.
std::vector<QuerySource> prelude(const LanguageSpec& spec, const ShorthandIndex& shorthand,
                                 bool gated_calls) {
  const std::string label = "languages/" + spec.name + ".json";
  std::vector<QuerySource> out;
  if (!spec.import_query.empty()) {
    out.push_back(QuerySource{kImportOwner, spec.import_query, label + ": imports"});
  }
  if (shorthand.has_calls() || gated_calls) {
    out.push_back(QuerySource{kCallDispatch, spec.call_template, label + ": call"});
  }
  if (shorthand.has_names()) {
    out.push_back(QuerySource{kNameDispatch, spec.identifier_template, label + ": identifier"});
  }
  if (shorthand.has_numbers()) {
    out.push_back(QuerySource{kNumberDispatch, spec.number_template, label + ": number"});
  }
  return out;
}

// Which items of a list a query set is built from: every one, or only the security rules whose
// findings can refuse a run (the gate of security_level high, LanguageRuntime::critical).
enum class Subset : std::uint8_t { all, critical };

template <class Item>
bool in_subset(const Item& item, const LanguageSpec& spec, Subset subset) {
  if (!applies_to(item.languages, spec)) return false;
  if constexpr (requires { item.severity; }) {
    if (subset == Subset::critical) return item.severity == kGateSeverity;
  }
  return true;
}

// Indexes the shorthands of every item of the language.
template <class Item>
ShorthandIndex index_shorthands(const std::vector<Item>& items, const LanguageSpec& spec,
                                Subset subset) {
  ShorthandIndex index;
  for (std::uint32_t i = 0; i < items.size(); ++i) {
    if (in_subset(items[i], spec, subset)) index.add(i, items[i].matcher);
  }
  return index;
}

// The raw queries of every item of the language. A query inherited from the base language is
// optional: if it does not compile for this grammar (a node type or shape the dialect lacks) it
// is left out (see compile).
template <class Item>
std::vector<QuerySource> sources_for(const std::vector<Item>& items, const LanguageSpec& spec,
                                     Subset subset) {
  std::vector<QuerySource> out;
  for (std::uint32_t i = 0; i < items.size(); ++i) {
    if (!in_subset(items[i], spec, subset)) continue;
    const bool inherited = !listed(items[i].languages, spec.name);
    for (const auto& text : items[i].matcher.queries) {
      out.push_back(QuerySource{i, text, items[i].source_file + ": " + items[i].id, inherited});
    }
  }
  return out;
}

// Compiles `sources`; the ids of the items whose inherited queries were left out go to
// `skipped`.
template <class Item>
Expected<CompiledQuery, Error> compile(const TSLanguage* grammar, const std::vector<Item>& items,
                                       std::vector<QuerySource> sources,
                                       std::vector<std::string>& skipped) {
  std::vector<std::uint32_t> left_out;
  auto q = compile_queries(grammar, std::move(sources), &left_out);
  if (!q) return unexpected(Error{Errc::rules_invalid, q.error()});
  for (const auto owner : left_out) skipped.push_back(items[owner].id);
  return std::move(q.value());
}

// Moves the call-rooted sources into `gate`, one query per owner (compiling each source alone
// would cost as much again at load); returns the others.
template <class Item>
Expected<std::vector<QuerySource>, Error> gate_calls(
    const TSLanguage* grammar, const std::vector<Item>& items, const LanguageSpec& spec,
    std::vector<QuerySource> sources, CallGate& gate, std::vector<std::string>& skipped) {
  const auto shapes = call_shapes(spec.call_template);
  std::map<std::uint32_t, std::vector<QuerySource>> rooted;  // per owner, in order
  std::vector<QuerySource> rest;
  for (auto& s : sources) {
    if (call_rooted(s.text, shapes)) {
      rooted[s.owner].push_back(std::move(s));
    } else {
      rest.push_back(std::move(s));
    }
  }
  for (auto& [owner, group] : rooted) {
    auto together = compile(grammar, items, group, skipped);
    if (!together) return unexpected(together.error());
    if (!together.value().query) continue;  // inherited queries the dialect lacks: skipped
    if (gate.add(owner, std::move(together.value()))) continue;
    if (group.size() == 1) {
      rest.push_back(std::move(group.front()));
      continue;
    }
    // Some pattern has no gate of its own: the others are gated one by one.
    for (auto& s : group) {
      auto alone = compile(grammar, items, {s}, skipped);
      if (!alone) return unexpected(alone.error());
      if (alone.value().query && !gate.add(owner, std::move(alone.value()))) {
        rest.push_back(std::move(s));
      }
    }
  }
  return rest;
}

template <class Item>
Expected<QuerySet, Error> build_set(const TSLanguage* grammar, const std::vector<Item>& items,
                                    const LanguageSpec& spec, const LoadOptions& options,
                                    std::vector<std::string>& skipped,
                                    Subset subset = Subset::all) {
  QuerySet set;
  set.shorthand = index_shorthands(items, spec, subset);
  auto raw = sources_for(items, spec, subset);
  if (options.gate_calls) {
    auto rest = gate_calls(grammar, items, spec, std::move(raw), set.gate, skipped);
    if (!rest) return unexpected(rest.error());
    raw = std::move(rest.value());
  }
  auto sources = prelude(spec, set.shorthand, !set.gate.empty());
  sources.insert(sources.end(), std::make_move_iterator(raw.begin()),
                 std::make_move_iterator(raw.end()));
  auto query = compile(grammar, items, std::move(sources), skipped);
  if (!query) return unexpected(query.error());
  set.query = std::move(query.value());
  return set;
}

// Adds the needles of every rule pattern of `q` (not the prelude's); false when one has none.
bool add_pattern_needles(const CompiledQuery& q, std::size_t rule_count, LiteralPrefilter& out) {
  if (!q.query) return true;
  for (std::uint32_t p = 0; p < q.owner.size(); ++p) {
    if (q.owner[p] >= rule_count) continue;  // imports and dispatch patterns
    auto needles = pattern_needles(q.query.get(), p, q.predicates[p]);
    if (!needles) return false;
    out.add(*needles);
  }
  return true;
}

// The literals one of which every finding of the critical rules needs: their patterns (combined
// and call-gated) and shorthands. nullopt when one of them names none.
std::optional<LiteralPrefilter> critical_prefilter(const std::vector<SecurityRule>& rules,
                                                   const LanguageSpec& spec, const QuerySet& set) {
  LiteralPrefilter filter;
  if (!add_pattern_needles(set.query, rules.size(), filter)) return std::nullopt;
  for (std::size_t i = 0; i < set.gate.size(); ++i) {
    if (!add_pattern_needles(set.gate.at(i).query, rules.size(), filter)) return std::nullopt;
  }
  for (const auto& rule : rules) {
    if (!in_subset(rule, spec, Subset::critical)) continue;
    const Matcher& m = rule.matcher;
    if (!m.names.empty()) return std::nullopt;  // compared ignoring case and '_': no literal
    auto calls = call_name_needles(m.calls);
    if (!calls) return std::nullopt;
    filter.add(*calls);
    for (const auto& number : m.numbers) filter.add({Needle{number, false}});
  }
  return filter;
}

Expected<LanguageRuntime, Error> build_runtime(LanguageSpec spec, const RuleSet& rules,
                                               const LoadOptions& options) {
  LanguageRuntime rt;
  rt.grammar = grammar_for(spec.name);
  if (rt.grammar == nullptr) {
    return unexpected(Error{Errc::rules_invalid, "no compiled grammar for '" + spec.name + "'"});
  }
  auto security = build_set(rt.grammar, rules.security, spec, options, rt.skipped);
  if (!security) return unexpected(security.error());
  auto critical =
      build_set(rt.grammar, rules.security, spec, options, rt.skipped, Subset::critical);
  if (!critical) return unexpected(critical.error());
  auto evidence = build_set(rt.grammar, rules.evidence, spec, options, rt.skipped);
  if (!evidence) return unexpected(evidence.error());
  rt.security = std::move(security.value());
  rt.critical = std::move(critical.value());
  rt.critical_prefilter = critical_prefilter(rules.security, spec, rt.critical);
  rt.evidence = std::move(evidence.value());
  auto comments = compile_queries(
      rt.grammar,
      {QuerySource{0, spec.comment_query, "languages/" + spec.name + ".json: comment"}});
  if (!comments) return unexpected(Error{Errc::rules_invalid, comments.error()});
  rt.comments = std::move(comments.value());
  rt.spec = std::move(spec);
  // A gated group that falls back to the combined query may name a left-out source twice.
  std::sort(rt.skipped.begin(), rt.skipped.end());
  rt.skipped.erase(std::unique(rt.skipped.begin(), rt.skipped.end()), rt.skipped.end());
  return rt;
}

}  // namespace

Expected<std::shared_ptr<const Engine>, Error> Engine::load(const std::string& rules_dir) {
  return load(rules_dir, {});
}

Expected<std::shared_ptr<const Engine>, Error> Engine::load(const std::string& rules_dir,
                                                            std::string_view only_language) {
  auto impl = EngineImpl::create(rules_dir, only_language);
  if (!impl) return unexpected(impl.error());
  return std::shared_ptr<const Engine>(std::move(impl.value()));
}

Expected<std::shared_ptr<const EngineImpl>, Error> EngineImpl::create(
    const std::string& rules_dir, std::string_view only_language, LoadOptions options) {
  auto dir = load_rule_directory(rules_dir);
  if (!dir) return unexpected(dir.error());
  auto engine = std::make_shared<EngineImpl>();
  engine->rules_ = std::move(dir.value().rules);
  for (const auto& spec : dir.value().languages) {
    for (const auto& a : spec.aliases) engine->aliases_[a] = spec.name;
  }
  std::string_view only = only_language;
  if (auto a = engine->aliases_.find(only); a != engine->aliases_.end()) only = a->second;
  for (auto& spec : dir.value().languages) {
    const std::string name = spec.name;
    if (!only.empty() && name != only) continue;
    auto rt = build_runtime(std::move(spec), engine->rules_, options);
    if (!rt) return unexpected(rt.error());
    engine->runtimes_.emplace(name, std::move(rt.value()));
  }
  return std::shared_ptr<const EngineImpl>(std::move(engine));
}

std::vector<std::string> EngineImpl::skipped_ids(std::string_view language) const {
  auto rt = runtime_for(language);
  return rt ? rt.value()->skipped : std::vector<std::string>{};
}

bool EngineImpl::supports(std::string_view language) const {
  return runtime_for(language).has_value();
}

Expected<const LanguageRuntime*, Error> EngineImpl::runtime_for(std::string_view language) const {
  std::string_view name = language;
  if (auto a = aliases_.find(language); a != aliases_.end()) name = a->second;
  const auto it = runtimes_.find(name);
  if (it == runtimes_.end()) {
    return unexpected(
        Error{Errc::unsupported_language, "no rules for language '" + std::string(language) + "'"});
  }
  return &it->second;
}

}  // namespace riemann::patterns
