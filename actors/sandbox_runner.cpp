#include "actors/sandbox_runner.hpp"

#include <chrono>

namespace riemann::actors {
namespace {

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

sandbox::Spec make_spec(const execution_request& req, const config::Language& lang) {
  sandbox::Spec spec;
  spec.argv = config::expand_command(lang.run, lang.source_file, req.args);
  spec.env = lang.env;
  spec.ro_paths = lang.ro_paths;
  for (std::size_t i = 0; i < req.files.size(); ++i) {
    // The request's `code` is files[0]; it is written under the language's source file name.
    const auto& name = i == 0 ? lang.source_file : req.files[i].name;
    spec.files.push_back(sandbox::File{name, req.files[i].content, false});
  }
  spec.stdin_data = req.stdin_data;
  spec.limits.wall_time = std::chrono::milliseconds(req.timeout_ms);
  spec.limits.cpu_time = std::chrono::milliseconds(req.cpu_time_ms > 0 ? req.cpu_time_ms : req.timeout_ms);
  spec.limits.memory_bytes = req.memory_bytes;
  spec.limits.output_bytes = req.max_output_bytes;
  if (lang.processes > 0) spec.limits.processes = lang.processes;
  spec.security_level = level_from(req.security_level);
  spec.network = req.network;
  return spec;
}

run_outcome to_outcome(sandbox::Result&& r, const std::string& node) {
  run_outcome out;
  out.status = status_for(r);
  out.output = std::move(r.stdout_data);
  out.error_output = std::move(r.stderr_data);
  out.has_exit_code = r.outcome == sandbox::Outcome::exited;
  out.exit_code = r.exit_code;
  out.signal = r.outcome == sandbox::Outcome::exited ? 0 : r.signal;
  out.truncated = r.stdout_truncated || r.stderr_truncated;
  out.cpu_time_s = r.cpu_time_s;
  out.wall_time_s = r.wall_time_s;
  out.memory_bytes = r.peak_memory_bytes;
  for (auto& e : r.runtime_events) {
    out.runtime_events.push_back(runtime_event{std::move(e.syscall), std::move(e.action), e.count});
  }
  out.node = node;
  return out;
}

}  // namespace

std::string status_for(const sandbox::Result& r) {
  switch (r.outcome) {
    case sandbox::Outcome::exited: return r.exit_code == 0 ? "completed" : "runtime_error";
    case sandbox::Outcome::signaled: return "signaled";
    case sandbox::Outcome::time_limit: return "time_limit_exceeded";
    case sandbox::Outcome::memory_limit: return "memory_limit_exceeded";
    case sandbox::Outcome::output_limit: return "output_limit_exceeded";
  }
  return "internal_error";
}

Runner make_sandbox_runner(std::shared_ptr<sandbox::Sandbox> sandbox,
                           std::shared_ptr<const config::LanguageRegistry> languages,
                           std::string node_name) {
  return [sandbox, languages, node = std::move(node_name)](const execution_request& req,
                                                           std::size_t slot) -> run_outcome {
    const config::Language* lang = languages->find(req.language);
    if (!lang || !lang->available) return engine_failure(node, "language not runnable here: " + req.language);
    auto result = sandbox->run(make_spec(req, *lang), slot);
    if (!result) {
      return engine_failure(node, std::string("sandbox: ") + sandbox::to_string(result.error().code) +
                                      ": " + result.error().message);
    }
    return to_outcome(std::move(*result), node);
  };
}

}  // namespace riemann::actors
