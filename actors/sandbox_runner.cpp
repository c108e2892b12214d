#include "actors/sandbox_runner.hpp"

#include <algorithm>
#include <chrono>
#include <variant>

namespace riemann::actors {
namespace {

constexpr std::uint64_t kCompileOutputCap = 64 * 1024;        // compiler diagnostics kept
constexpr std::uint64_t kCompileFileSize = 128ull << 20;      // largest artifact (static Go/Rust)
constexpr std::uint64_t kCompileWorkdirBytes = 512ull << 20;  // sources, objects, Go's build cache
constexpr std::uint32_t kDefaultCompileProcesses = 128;       // compiler drivers fork and thread

sandbox::SecurityLevel level_from(const std::string& level) {
  if (level == "low") return sandbox::SecurityLevel::low;
  if (level == "high") return sandbox::SecurityLevel::high;
  return sandbox::SecurityLevel::medium;
}

run_outcome engine_failure(const std::string& node, std::string why) {
  run_outcome out;
  out.status = "internal_error";
  out.node = node;
  out.error = std::move(why);
  return out;
}

std::string engine_message(const sandbox::Error& e) {
  return std::string("sandbox: ") + sandbox::to_string(e.code) + ": " + e.message;
}

std::vector<sandbox::File> source_files(const execution_request& req,
                                        const config::Language& lang) {
  std::vector<sandbox::File> files;
  for (std::size_t i = 0; i < req.files.size(); ++i) {
    // The request's `code` is files[0]; it is written under the language's source file name.
    const auto& name = i == 0 ? lang.source_file : req.files[i].name;
    files.push_back(sandbox::File{name, req.files[i].content, false});
  }
  return files;
}

// Sources sharing the main file's extension, main first: what "{sources}" expands to.
std::vector<std::string> same_kind_sources(const std::vector<sandbox::File>& files,
                                           const std::string& main) {
  const auto dot = main.rfind('.');
  const std::string ext = dot == std::string::npos ? "" : main.substr(dot);
  std::vector<std::string> out{main};
  for (const auto& f : files) {
    if (f.path != main && f.path.size() > ext.size() && f.path.ends_with(ext))
      out.push_back(f.path);
  }
  return out;
}

// "{memory_bytes}", "{memory_mb}" and "{heap_mb}" in a run command or its environment: lets a
// managed runtime (JVM, Go, Node) size its heap to the cgroup limit it cannot see.
void substitute_memory(std::vector<std::string>& items, std::uint64_t memory_bytes) {
  constexpr std::uint64_t kMiB = 1ull << 20;
  constexpr std::uint64_t kHeapPercent = 70;  // the rest is code, stacks and runtime overhead
  constexpr std::uint64_t kPercent = 100;
  const std::pair<std::string_view, std::string> vars[] = {
      {"{memory_bytes}", std::to_string(memory_bytes)},
      {"{memory_mb}", std::to_string(memory_bytes / kMiB)},
      {"{heap_mb}",
       std::to_string(std::max<std::uint64_t>(1, memory_bytes / kMiB * kHeapPercent / kPercent))}};
  for (auto& item : items) {
    for (const auto& [key, value] : vars) {
      for (auto pos = item.find(key); pos != std::string::npos;
           pos = item.find(key, pos + value.size())) {
        item.replace(pos, key.size(), value);
      }
    }
  }
}

sandbox::Limits run_limits(const execution_request& req, const config::Language& lang) {
  sandbox::Limits l;
  l.wall_time = std::chrono::milliseconds(req.timeout_ms);
  l.cpu_time = std::chrono::milliseconds(req.cpu_time_ms > 0 ? req.cpu_time_ms : req.timeout_ms);
  l.memory_bytes = req.memory_bytes;
  l.output_bytes = req.max_output_bytes;
  if (lang.processes > 0) l.processes = lang.processes;
  return l;
}

struct Compiled {
  std::vector<sandbox::File> artifacts;
  bool cached = false;
  double seconds = 0;
  std::string output;  // compiler diagnostics (warnings) of a successful compile
};

std::string compile_key(const config::Language& lang, const std::vector<sandbox::File>& sources) {
  std::vector<std::string> parts{lang.name, lang.version};
  parts.insert(parts.end(), lang.compile.begin(), lang.compile.end());
  for (const auto& f : sources) {
    parts.push_back(f.path);
    parts.push_back(f.content);
  }
  return storage::CompileCache::key(parts);
}

run_outcome compilation_error(const std::string& node, std::string output, double seconds) {
  run_outcome out;
  out.status = "compilation_error";
  out.compile_output = std::move(output);
  out.compiled = true;
  out.compile_time_s = seconds;
  out.node = node;
  return out;
}

// Compiles in the sandbox (or takes the cached artifacts). A failure is a finished outcome.
std::variant<Compiled, run_outcome> compile(sandbox::Sandbox& sb, storage::CompileCache* cache,
                                            const execution_request& req,
                                            const config::Language& lang,
                                            const std::vector<sandbox::File>& sources,
                                            std::size_t slot, const std::string& node) {
  const auto key = compile_key(lang, sources);
  if (cache) {
    if (auto hit = cache->get(key)) {
      Compiled c;
      c.cached = true;
      for (auto& a : *hit) c.artifacts.push_back(sandbox::File{a.path, std::move(a.content), true});
      return c;
    }
  }
  sandbox::Spec spec;
  spec.argv = config::expand_command(lang.compile, lang.source_file, {},
                                     same_kind_sources(sources, lang.source_file));
  spec.env = lang.env;
  substitute_memory(spec.env, std::max(req.memory_bytes, lang.compile_memory));
  spec.ro_paths = lang.ro_paths;
  spec.files = sources;
  spec.collect = lang.artifacts;
  spec.limits.wall_time = std::chrono::milliseconds(req.compile_timeout_ms);
  spec.limits.cpu_time = spec.limits.wall_time;
  spec.limits.memory_bytes = std::max(req.memory_bytes, lang.compile_memory);
  spec.limits.output_bytes = kCompileOutputCap;
  spec.limits.file_size_bytes = kCompileFileSize;
  spec.limits.workdir_bytes = kCompileWorkdirBytes;
  spec.limits.processes = lang.compile_processes
                              ? lang.compile_processes
                              : std::max(lang.processes, kDefaultCompileProcesses);
  // Compilers are trusted code run on untrusted input: the medium policy, never the allowlist.
  spec.security_level =
      req.security_level == "low" ? sandbox::SecurityLevel::low : sandbox::SecurityLevel::medium;
  auto r = sb.run(spec, slot);
  if (!r) return engine_failure(node, "compile step: " + engine_message(r.error()));
  std::string output = r->stdout_data + r->stderr_data;
  switch (r->outcome) {
    case sandbox::Outcome::time_limit:
      return compilation_error(node, output + "\n[riemann: compile time limit exceeded]",
                               r->wall_time_s);
    case sandbox::Outcome::memory_limit:
      return compilation_error(node, output + "\n[riemann: compile memory limit exceeded]",
                               r->wall_time_s);
    case sandbox::Outcome::output_limit:
    case sandbox::Outcome::signaled:
      return compilation_error(node, output + "\n[riemann: the compiler was stopped]",
                               r->wall_time_s);
    case sandbox::Outcome::exited:
      if (r->exit_code != 0) return compilation_error(node, output, r->wall_time_s);
      break;
  }
  if (r->collected.size() != lang.artifacts.size()) {
    return compilation_error(
        node, output + "\n[riemann: the compiler produced no " + lang.artifacts.front() + "]",
        r->wall_time_s);
  }
  Compiled c;
  c.seconds = r->wall_time_s;
  c.output = std::move(output);
  std::vector<storage::Artifact> to_cache;
  for (auto& f : r->collected) {
    to_cache.push_back(storage::Artifact{f.path, f.content});
    c.artifacts.push_back(sandbox::File{f.path, std::move(f.content), true});
  }
  if (cache) cache->put(key, to_cache);
  return c;
}

// A managed runtime that stops itself at its heap limit (sized from the cgroup limit) has run
// out of memory as surely as one the kernel killed.
bool runtime_out_of_memory(const sandbox::Result& r, const config::Language& lang) {
  if (status_for(r) != "runtime_error" && status_for(r) != "signaled") return false;
  for (const auto& marker : lang.oom_markers) {
    if (r.stderr_data.find(marker) != std::string::npos) return true;
  }
  return false;
}

void fill(run_outcome& out, sandbox::Result&& r, const config::Language& lang) {
  out.status = runtime_out_of_memory(r, lang) ? "memory_limit_exceeded" : status_for(r);
  out.output = std::move(r.stdout_data);
  out.error_output = std::move(r.stderr_data);
  out.has_exit_code = r.outcome == sandbox::Outcome::exited;
  out.exit_code = r.exit_code;
  out.signal = r.outcome == sandbox::Outcome::exited ? 0 : r.signal;
  out.truncated = r.stdout_truncated || r.stderr_truncated;
  out.cpu_time_s = r.cpu_time_s;
  out.wall_time_s = r.wall_time_s;
  out.memory_bytes = r.peak_memory_bytes;
  out.network_bytes = r.network_bytes;
  for (auto& e : r.runtime_events) {
    out.runtime_events.push_back(runtime_event{std::move(e.syscall), std::move(e.action), e.count});
  }
}

test_outcome to_test(run_outcome&& o, const test_case& t) {
  test_outcome out;
  out.status = o.status;
  if (t.has_expected) {
    out.verdict = o.status == "completed" && outputs_match(o.output, t.expected_output)
                      ? "accepted"
                      : "wrong_answer";
  }
  out.output = std::move(o.output);
  out.error_output = std::move(o.error_output);
  out.has_exit_code = o.has_exit_code;
  out.exit_code = o.exit_code;
  out.signal = o.signal;
  out.truncated = o.truncated;
  out.cpu_time_s = o.cpu_time_s;
  out.wall_time_s = o.wall_time_s;
  out.memory_bytes = o.memory_bytes;
  return out;
}

// Merges runtime events of several runs (same syscall and action: counts add up).
void merge_events(std::vector<runtime_event>& into, const std::vector<runtime_event>& more) {
  for (const auto& e : more) {
    auto it = std::find_if(into.begin(), into.end(), [&](const runtime_event& x) {
      return x.syscall == e.syscall && x.action == e.action;
    });
    if (it == into.end()) {
      into.push_back(e);
    } else {
      it->count += e.count;
    }
  }
}

}  // namespace

std::string status_for(const sandbox::Result& r) {
  switch (r.outcome) {
    case sandbox::Outcome::exited:
      return r.exit_code == 0 ? "completed" : "runtime_error";
    case sandbox::Outcome::signaled:
      return "signaled";
    case sandbox::Outcome::time_limit:
      return "time_limit_exceeded";
    case sandbox::Outcome::memory_limit:
      return "memory_limit_exceeded";
    case sandbox::Outcome::output_limit:
      return "output_limit_exceeded";
  }
  return "internal_error";
}

bool outputs_match(std::string_view actual, std::string_view expected) {
  auto lines = [](std::string_view text) {
    std::vector<std::string_view> out;
    while (!text.empty()) {
      auto nl = text.find('\n');
      auto line = text.substr(0, nl);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
        line.remove_suffix(1);
      }
      out.push_back(line);
      if (nl == std::string_view::npos) break;
      text.remove_prefix(nl + 1);
    }
    while (!out.empty() && out.back().empty()) out.pop_back();
    return out;
  };
  return lines(actual) == lines(expected);
}

Runner make_sandbox_runner(std::shared_ptr<sandbox::Sandbox> sandbox,
                           std::shared_ptr<const config::LanguageRegistry> languages,
                           std::string node_name, std::shared_ptr<storage::CompileCache> cache,
                           std::shared_ptr<StreamRegistry> streams) {
  return [sandbox, languages, cache, streams, node = std::move(node_name)](
             const execution_request& req, std::size_t slot) -> run_outcome {
    const config::Language* lang = languages->find(req.language);
    if (!lang || !lang->available)
      return engine_failure(node, "language not runnable here: " + req.language);
    auto files = source_files(req, *lang);
    run_outcome base;
    if (!lang->compile.empty()) {
      auto compiled = compile(*sandbox, cache.get(), req, *lang, files, slot, node);
      if (auto* failed = std::get_if<run_outcome>(&compiled)) return std::move(*failed);
      auto& c = std::get<Compiled>(compiled);
      files.insert(files.end(), std::make_move_iterator(c.artifacts.begin()),
                   std::make_move_iterator(c.artifacts.end()));
      base.compiled = true;
      base.compile_cached = c.cached;
      base.compile_time_s = c.seconds;
      base.compile_output = std::move(c.output);
    }
    sandbox::Spec spec;
    spec.argv = config::expand_command(lang->run, lang->source_file, req.args);
    spec.env = lang->env;
    substitute_memory(spec.argv, req.memory_bytes);
    substitute_memory(spec.env, req.memory_bytes);
    spec.ro_paths = lang->ro_paths;
    spec.files = std::move(files);
    spec.limits = run_limits(req, *lang);
    spec.security_level = level_from(req.security_level);
    spec.network = req.network;
    base.node = node;
    if (req.tests.empty()) {
      spec.stdin_data = req.stdin_data;
      // A watching client (WebSocket) gets "started" and every output chunk as it happens.
      const StreamHooks hooks = streams ? streams->find(req.id) : StreamHooks{};
      sandbox::OutputSink sink;
      if (hooks) {
        hooks.listener("started", "");
        sink = [&hooks](sandbox::Stream stream, std::string_view chunk) {
          hooks.listener(stream == sandbox::Stream::out ? "stdout" : "stderr", chunk);
        };
        if (hooks.input) spec.stdin_stream_fd = hooks.input->fd();
      }
      auto r = sandbox->run(spec, slot, sink);
      if (!r) return engine_failure(node, engine_message(r.error()));
      fill(base, std::move(*r), *lang);
      return base;
    }
    // Many tests, one compile: every test runs the same artifacts with its own stdin.
    base.status = "completed";
    for (const auto& t : req.tests) {
      spec.stdin_data = t.stdin_data;
      auto r = sandbox->run(spec, slot);
      if (!r) return engine_failure(node, engine_message(r.error()));
      run_outcome one;
      fill(one, std::move(*r), *lang);
      base.cpu_time_s += one.cpu_time_s;
      base.wall_time_s += one.wall_time_s;
      base.memory_bytes = std::max(base.memory_bytes, one.memory_bytes);
      base.network_bytes += one.network_bytes;
      base.truncated = base.truncated || one.truncated;
      merge_events(base.runtime_events, one.runtime_events);
      if (base.status == "completed" && one.status != "completed") base.status = one.status;
      base.tests.push_back(to_test(std::move(one), t));
    }
    return base;
  };
}

}  // namespace riemann::actors
