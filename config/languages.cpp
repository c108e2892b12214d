#include "config/languages.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>

#include "config/units.hpp"

extern char** environ;

namespace riemann::config {
namespace {

namespace json = boost::json;
namespace fs = std::filesystem;

constexpr std::size_t kMaxProbeOutput = 64 * 1024;  // a version banner is a few lines
constexpr int kProbeTimeoutMs = 15'000;             // `java -version` is slow on a cold cache

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

Expected<std::vector<std::string>, LanguageError> string_list(const json::object& o,
                                                              const char* key, bool required,
                                                              const std::string& origin) {
  std::vector<std::string> out;
  auto it = o.find(key);
  if (it == o.end()) {
    if (required) return unexpected(LanguageError{origin + ": missing \"" + key + "\""});
    return out;
  }
  if (!it->value().is_array()) {
    return unexpected(LanguageError{origin + ": \"" + key + "\" must be an array of strings"});
  }
  for (const auto& v : it->value().get_array()) {
    if (!v.is_string()) {
      return unexpected(LanguageError{origin + ": \"" + key + "\" must be an array of strings"});
    }
    out.emplace_back(v.get_string());
  }
  return out;
}

std::string first_version_token(const std::string& text) {
  // The first run of digits containing a dot, e.g. "3.11.2" in "Python 3.11.2".
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) continue;
    // Not in the middle of a number; a letter before is fine ("v20.1", "go1.19").
    if (i > 0 && (std::isdigit(static_cast<unsigned char>(text[i - 1])) || text[i - 1] == '.'))
      continue;
    std::size_t j = i;
    bool dot = false;
    while (j < text.size() &&
           (std::isdigit(static_cast<unsigned char>(text[j])) || text[j] == '.')) {
      dot = dot || text[j] == '.';
      ++j;
    }
    while (j > i && text[j - 1] == '.') --j;
    if (dot) return text.substr(i, j - i);
  }
  return {};
}

}  // namespace

Expected<Language, LanguageError> parse_language(const std::string& text,
                                                 const std::string& origin) {
  boost::system::error_code ec;
  auto doc = json::parse(text, ec);
  if (ec || !doc.is_object()) return unexpected(LanguageError{origin + ": not a JSON object"});
  const auto& o = doc.get_object();
  Language lang;
  auto str = [&](const char* key, std::string& out, bool required) -> bool {
    auto it = o.find(key);
    if (it == o.end()) return !required;
    if (!it->value().is_string()) return false;
    out = std::string(it->value().get_string());
    return true;
  };
  if (!str("name", lang.name, true) || lang.name.empty()) {
    return unexpected(LanguageError{origin + ": \"name\" must be a non-empty string"});
  }
  if (!str("source_file", lang.source_file, true) || lang.source_file.empty() ||
      lang.source_file == "." || lang.source_file == ".." ||
      lang.source_file.find('/') != std::string::npos) {
    return unexpected(LanguageError{origin + ": \"source_file\" must be a plain file name"});
  }
  std::string memory;
  if (!str("default_memory", memory, false)) {
    return unexpected(LanguageError{origin + ": \"default_memory\" must be a size string"});
  }
  if (!memory.empty()) {
    auto m = parse_size(memory);
    if (!m) return unexpected(LanguageError{origin + ": bad default_memory '" + memory + "'"});
    lang.default_memory = *m;
  }
  if (auto it = o.find("processes"); it != o.end()) {
    if (!it->value().is_int64() || it->value().get_int64() <= 0 ||
        it->value().get_int64() > std::numeric_limits<std::uint32_t>::max()) {
      return unexpected(LanguageError{origin + ": \"processes\" must be a positive integer"});
    }
    lang.processes = static_cast<std::uint32_t>(it->value().get_int64());
  }
  struct ListField {
    const char* key;
    std::vector<std::string>* out;
    bool required;
  };
  for (auto f :
       {ListField{"aliases", &lang.aliases, false},
        ListField{"version_command", &lang.version_command, true},
        ListField{"compile", &lang.compile, false}, ListField{"run", &lang.run, true},
        ListField{"artifacts", &lang.artifacts, false},
        ListField{"oom_markers", &lang.oom_markers, false}, ListField{"env", &lang.env, false},
        ListField{"ro_paths", &lang.ro_paths, false}}) {
    auto list = string_list(o, f.key, f.required, origin);
    if (!list) return unexpected(list.error());
    *f.out = std::move(*list);
  }
  if (lang.run.empty() || lang.version_command.empty()) {
    return unexpected(
        LanguageError{origin + ": \"run\" and \"version_command\" must not be empty"});
  }
  if (!lang.compile.empty() && lang.artifacts.empty()) {
    return unexpected(LanguageError{origin + ": a compiled language must list its \"artifacts\""});
  }
  return lang;
}

std::optional<std::string> probe_version(const std::vector<std::string>& argv) {
  if (argv.empty()) return std::nullopt;
  int fds[2];
  if (pipe2(fds, O_CLOEXEC) != 0) return std::nullopt;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDERR_FILENO);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  if (rc != 0) {
    close(fds[0]);
    return std::nullopt;
  }
  std::string output;
  const auto deadline =
      std::chrono::steady_clock::now() + std::chrono::milliseconds(kProbeTimeoutMs);
  char buf[4096];
  while (output.size() < kMaxProbeOutput) {
    auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
        deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) break;
    pollfd p{fds[0], POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(left.count())) <= 0) break;
    auto n = read(fds[0], buf, sizeof buf);
    if (n <= 0) break;
    output.append(buf, static_cast<std::size_t>(n));
  }
  close(fds[0]);
  kill(pid, SIGKILL);  // harmless when it already exited; bounds a hung toolchain
  int status = 0;
  waitpid(pid, &status, 0);
  auto version = first_version_token(output);
  if (version.empty()) return std::nullopt;
  return version;
}

Expected<LanguageRegistry, LanguageError> LanguageRegistry::load(const std::string& dir,
                                                                 bool probe) {
  LanguageRegistry reg;
  std::error_code ec;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  if (ec)
    return unexpected(
        LanguageError{"cannot read languages directory " + dir + ": " + ec.message()});
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    auto lang = parse_language(text.str(), path.string());
    if (!lang) return unexpected(lang.error());
    if (reg.find(lang->name)) {
      return unexpected(
          LanguageError{path.string() + ": language " + lang->name + " defined twice"});
    }
    // An alias naming two languages would make find() depend on file order.
    for (const auto& alias : lang->aliases) {
      if (const Language* other = reg.find(alias)) {
        return unexpected(
            LanguageError{path.string() + ": alias " + alias + " already names " + other->name});
      }
    }
    if (probe) {
      if (auto v = probe_version(lang->version_command)) {
        lang->version = *v;
        lang->available = true;
      } else {
        lang->unavailable_reason = "toolchain not found: " + lang->version_command.front();
      }
    }
    reg.languages_.push_back(std::move(*lang));
  }
  return reg;
}

const Language* LanguageRegistry::find(const std::string& name) const {
  const auto wanted = lower(name);
  for (const auto& l : languages_) {
    if (lower(l.name) == wanted) return &l;
    for (const auto& a : l.aliases) {
      if (lower(a) == wanted) return &l;
    }
  }
  return nullptr;
}

std::vector<std::string> LanguageRegistry::available_names() const {
  std::vector<std::string> names;
  for (const auto& l : languages_) {
    if (l.available) names.push_back(l.name);
  }
  return names;
}

std::vector<std::string> expand_command(const std::vector<std::string>& tmpl,
                                        const std::string& file,
                                        const std::vector<std::string>& args,
                                        const std::vector<std::string>& sources) {
  auto replace_all = [](std::string s, std::string_view what, const std::string& with) {
    for (auto pos = s.find(what); pos != std::string::npos; pos = s.find(what, pos + with.size())) {
      s.replace(pos, what.size(), with);
    }
    return s;
  };
  std::string joined;
  for (const auto& src : sources) joined += (joined.empty() ? "" : " ") + src;
  std::vector<std::string> out;
  for (const auto& part : tmpl) {
    if (part == "{args}") {
      out.insert(out.end(), args.begin(), args.end());
    } else if (part == "{sources}") {
      out.insert(out.end(), sources.begin(), sources.end());
    } else {
      out.push_back(replace_all(replace_all(part, "{file}", file), "{sources}", joined));
    }
  }
  return out;
}

}  // namespace riemann::config
