#include "patterns/language_spec.hpp"

#include "patterns/json_util.hpp"

namespace riemann::patterns {

namespace {
Unexpected<Error> invalid(const std::string& path, const std::string& why) {
  return unexpected(Error{Errc::rules_invalid, path + ": " + why});
}
}  // namespace

Expected<LanguageSpec, Error> load_language_spec(const std::string& path) {
  std::string err;
  auto doc = json_util::parse_file(path, err);
  if (!doc) return invalid(path, err);
  if (!doc->is_object()) return invalid(path, "top level must be an object");
  const auto& obj = doc->get_object();

  LanguageSpec spec;
  struct Required {
    const char* key;
    std::string* out;
  };
  const Required required[] = {
      {"language", &spec.name},
      {"call", &spec.call_template},
      {"identifier", &spec.identifier_template},
      {"number", &spec.number_template},
      {"comment", &spec.comment_query},
      {"imports", &spec.import_query},
  };
  for (const auto& r : required) {
    auto v = json_util::string_field(obj, r.key);
    if (!v) return invalid(path, std::string("missing string field '") + r.key + "'");
    *r.out = std::move(*v);
  }
  auto aliases = json_util::string_list(obj, "aliases");
  auto literals = json_util::string_list(obj, "literal_types");
  auto interpolations = json_util::string_list(obj, "interpolation_types");
  if (!aliases || !literals || !interpolations) {
    return invalid(path, "aliases, literal_types, interpolation_types must be string lists");
  }
  spec.aliases = std::move(*aliases);
  spec.literal_types = std::move(*literals);
  spec.interpolation_types = std::move(*interpolations);
  const auto binding = json_util::string_field(obj, "import_binding").value_or("first_segment");
  if (binding == "last_segment") {
    spec.import_binding = ImportBinding::last_segment;
  } else if (binding != "first_segment") {
    return invalid(path, "import_binding must be first_segment or last_segment");
  }
  const auto sep = json_util::string_field(obj, "module_separator").value_or(".");
  if (sep.size() != 1) return invalid(path, "module_separator must be one character");
  spec.module_separator = sep[0];
  spec.member_separator = json_util::string_field(obj, "member_separator").value_or(".");
  spec.extends = json_util::string_field(obj, "extends").value_or("");
  return spec;
}

}  // namespace riemann::patterns
