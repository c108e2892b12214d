// Languages are data: one JSON file per language under config/languages/ (SPEC §7).
// Adding a language means adding a file; nothing here names a particular language.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "config/expected.hpp"

namespace riemann::config {

// One language definition as read from its file.
struct Language {
  std::string name;                          // canonical name, e.g. "python"
  std::vector<std::string> aliases;          // other names a request may use ("py", "python3")
  std::string source_file;                   // file the code is written to, e.g. "main.py"
  std::vector<std::string> version_command;  // run on the host at start-up to learn the version
  std::string version_regex_hint;            // unused by code; documents what the output looks like
  std::vector<std::string> compile;          // compile argv, empty when interpreted;
                                             // "{file}" = main source, "{sources}" = all sources
                                             // with the main source's extension
  std::vector<std::string> artifacts;        // files the compile step leaves for the run step
  std::vector<std::string> run;              // run argv; "{file}" = source file, "{args}" = args
  std::vector<std::string> env;              // the program's entire environment ("K=V")
  std::vector<std::string> ro_paths;         // extra host paths the toolchain needs, read-only
  std::vector<std::string> oom_markers;      // stderr text of a runtime's own out-of-memory exit
                                         // (JVM heap, V8 heap): reported as memory_limit_exceeded
  std::uint64_t default_memory = 0;     // 0 = the server default
  std::uint32_t processes = 0;          // task limit; 0 = the sandbox default
  std::uint64_t compile_memory = 0;     // memory for the compile step; 0 = the run's limit
  std::uint32_t compile_processes = 0;  // task limit of the compile step; 0 = processes
  // Detected at start-up:
  std::string version;     // e.g. "3.11.2"; empty when not runnable
  bool available = false;  // toolchain found and answered
  std::string unavailable_reason;
};

struct LanguageError {
  std::string message;
};

// Parses one definition (JSON text); `origin` names the file in errors.
Expected<Language, LanguageError> parse_language(const std::string& json_text,
                                                 const std::string& origin);

class LanguageRegistry {
 public:
  // Reads every *.json under dir and probes each toolchain's version.
  static Expected<LanguageRegistry, LanguageError> load(const std::string& dir, bool probe = true);

  // By name or alias (case-insensitive); nullptr when unknown.
  const Language* find(const std::string& name_or_alias) const;
  const std::vector<Language>& all() const { return languages_; }
  std::vector<std::string> available_names() const;

  void add(Language language) { languages_.push_back(std::move(language)); }

 private:
  std::vector<Language> languages_;
};

// Runs argv on the host (no shell) and returns the first version-looking token of its output.
std::optional<std::string> probe_version(const std::vector<std::string>& argv);

// Expands "{file}", "{sources}" and "{args}" in a run/compile template. An element that is
// exactly "{sources}" or "{args}" becomes zero or more elements; inside a longer element
// (e.g. a `sh -c` script) "{sources}" becomes the names joined by spaces.
std::vector<std::string> expand_command(const std::vector<std::string>& tmpl,
                                        const std::string& file,
                                        const std::vector<std::string>& args,
                                        const std::vector<std::string>& sources = {});

}  // namespace riemann::config
