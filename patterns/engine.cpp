#include <algorithm>

#include "patterns/engine_impl.hpp"
#include "patterns/grammars.hpp"
#include "patterns/rule_loader.hpp"

namespace riemann::patterns {

namespace {

std::string predicate_group(const std::string& tmpl, const std::string& pred,
                            const std::string& capture, const std::vector<std::string>& values) {
  std::string out = "(";
  out.append(tmpl).append(" (#").append(pred).append(" @").append(capture);
  for (const auto& v : values) out.append(" ").append(query_string(v));
  out.append("))");
  return out;
}

// Expands a matcher into query texts: raw queries as written, shorthands via the templates.
std::vector<std::string> expand(const Matcher& m, const LanguageSpec& spec) {
  std::vector<std::string> out = m.queries;
  if (!m.calls.empty())
    out.push_back(predicate_group(spec.call_template, "calls?", "callee", m.calls));
  if (!m.names.empty()) {
    out.push_back(predicate_group(spec.identifier_template, "name-any-of?", "match", m.names));
  }
  if (!m.numbers.empty()) {
    out.push_back(predicate_group(spec.number_template, "num-prefix?", "match", m.numbers));
  }
  return out;
}

bool applies_to(const std::vector<std::string>& langs, const std::string& lang) {
  return std::find(langs.begin(), langs.end(), lang) != langs.end();
}

// The prelude every combined query starts with: import bindings (and nosec comments).
std::vector<QuerySource> prelude(const LanguageSpec& spec, bool with_comments) {
  const std::string label = "languages/" + spec.name + ".json";
  std::vector<QuerySource> out;
  if (!spec.import_query.empty()) {
    out.push_back(QuerySource{kImportOwner, spec.import_query, label + ": imports"});
  }
  if (with_comments) {
    out.push_back(QuerySource{kCommentOwner, spec.comment_query, label + ": comment"});
  }
  return out;
}

template <class Item>
std::vector<QuerySource> sources_for(const std::vector<Item>& items, const LanguageSpec& spec,
                                     std::vector<QuerySource> out) {
  for (std::uint32_t i = 0; i < items.size(); ++i) {
    if (!applies_to(items[i].languages, spec.name)) continue;
    for (auto& text : expand(items[i].matcher, spec)) {
      out.push_back(QuerySource{i, std::move(text), items[i].source_file + ": " + items[i].id});
    }
  }
  return out;
}

Expected<CompiledQuery, Error> compile(const TSLanguage* grammar,
                                       const std::vector<QuerySource>& sources) {
  auto q = compile_queries(grammar, sources);
  if (!q) return unexpected(Error{Errc::rules_invalid, q.error()});
  return std::move(q.value());
}

Expected<LanguageRuntime, Error> build_runtime(LanguageSpec spec, const RuleSet& rules) {
  LanguageRuntime rt;
  rt.grammar = grammar_for(spec.name);
  if (rt.grammar == nullptr) {
    return unexpected(Error{Errc::rules_invalid, "no compiled grammar for '" + spec.name + "'"});
  }
  auto security = compile(rt.grammar, sources_for(rules.security, spec, prelude(spec, true)));
  auto evidence = compile(rt.grammar, sources_for(rules.evidence, spec, prelude(spec, false)));
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
  auto impl = EngineImpl::create(rules_dir);
  if (!impl) return unexpected(impl.error());
  return std::shared_ptr<const Engine>(std::move(impl.value()));
}

Expected<std::shared_ptr<const EngineImpl>, Error> EngineImpl::create(
    const std::string& rules_dir) {
  auto dir = load_rule_directory(rules_dir);
  if (!dir) return unexpected(dir.error());
  auto engine = std::make_shared<EngineImpl>();
  engine->rules_ = std::move(dir.value().rules);
  for (auto& spec : dir.value().languages) {
    const std::string name = spec.name;
    for (const auto& a : spec.aliases) engine->aliases_[a] = name;
    auto rt = build_runtime(std::move(spec), engine->rules_);
    if (!rt) return unexpected(rt.error());
    engine->runtimes_.emplace(name, std::move(rt.value()));
  }
  return std::shared_ptr<const EngineImpl>(std::move(engine));
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
