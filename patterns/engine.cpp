#include <algorithm>

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

// The prelude every combined query starts with: import bindings, nosec comments, and one
// dispatch pattern per kind of shorthand in use (the templates of the language file).
std::vector<QuerySource> prelude(const LanguageSpec& spec, bool with_comments,
                                 const ShorthandIndex& shorthand) {
  const std::string label = "languages/" + spec.name + ".json";
  std::vector<QuerySource> out;
  if (!spec.import_query.empty()) {
    out.push_back(QuerySource{kImportOwner, spec.import_query, label + ": imports"});
  }
  if (with_comments) {
    out.push_back(QuerySource{kCommentOwner, spec.comment_query, label + ": comment"});
  }
  if (shorthand.has_calls()) {
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

// Indexes the shorthands of every item of the language.
template <class Item>
ShorthandIndex index_shorthands(const std::vector<Item>& items, const LanguageSpec& spec) {
  ShorthandIndex index;
  for (std::uint32_t i = 0; i < items.size(); ++i) {
    if (applies_to(items[i].languages, spec)) index.add(i, items[i].matcher);
  }
  return index;
}

// The raw queries of every item of the language, after `out` (the prelude). A query inherited
// from the base language is optional: if it does not compile for this grammar (a node type or
// shape the dialect lacks) it is left out (see compile).
template <class Item>
std::vector<QuerySource> sources_for(const std::vector<Item>& items, const LanguageSpec& spec,
                                     std::vector<QuerySource> out) {
  for (std::uint32_t i = 0; i < items.size(); ++i) {
    if (!applies_to(items[i].languages, spec)) continue;
    const bool inherited = !listed(items[i].languages, spec.name);
    for (const auto& text : items[i].matcher.queries) {
      out.push_back(QuerySource{i, text, items[i].source_file + ": " + items[i].id, inherited});
    }
  }
  return out;
}

// One combined query; the ids of the items whose inherited queries were left out go to
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

Expected<LanguageRuntime, Error> build_runtime(LanguageSpec spec, const RuleSet& rules) {
  LanguageRuntime rt;
  rt.grammar = grammar_for(spec.name);
  if (rt.grammar == nullptr) {
    return unexpected(Error{Errc::rules_invalid, "no compiled grammar for '" + spec.name + "'"});
  }
  rt.security_shorthand = index_shorthands(rules.security, spec);
  rt.evidence_shorthand = index_shorthands(rules.evidence, spec);
  auto security = compile(
      rt.grammar, rules.security,
      sources_for(rules.security, spec, prelude(spec, true, rt.security_shorthand)), rt.skipped);
  auto evidence = compile(
      rt.grammar, rules.evidence,
      sources_for(rules.evidence, spec, prelude(spec, false, rt.evidence_shorthand)), rt.skipped);
  for (auto* r : {&security, &evidence}) {
    if (!*r) return unexpected(r->error());
  }
  rt.security = std::move(security.value());
  rt.evidence = std::move(evidence.value());
  rt.spec = std::move(spec);
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
    const std::string& rules_dir, std::string_view only_language) {
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
    auto rt = build_runtime(std::move(spec), engine->rules_);
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
