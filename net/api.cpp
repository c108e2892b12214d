#include "net/api.hpp"

#include <atomic>
#include <boost/json.hpp>
#include <memory>

#include "cluster/execution_id.hpp"
#include "config/log.hpp"
#include "net/api_error.hpp"
#include "net/execute_request.hpp"
#include "net/handlers.hpp"

namespace riemann::net {
namespace {

constexpr unsigned kNotFound = 404;
constexpr unsigned kMethodNotAllowed = 405;
constexpr std::string_view kExecutePrefix = "/v1/execute/";

std::string request_id_of(const HttpRequest& req) {
  const auto& given = req.header("x-request-id");
  return cluster::is_valid_request_id(given) ? given : cluster::make_request_id();
}

// How long the bridge waits for an execution: its own limits, a queue wait of a few runs,
// and slack. The sandbox enforces the limits; this only bounds a lost reply.
std::chrono::milliseconds execution_timeout(const actors::execution_request& req, const config::Config& cfg) {
  const auto per_run = std::chrono::milliseconds(req.timeout_ms + req.compile_timeout_ms);
  const auto queue_rounds = cfg.execution.queue_capacity / std::max(1u, cfg.execution.workers) + 1;
  return per_run * (queue_rounds + 1) + cfg.server.request_slack;
}

HttpResponse route_not_found(const HttpRequest& req, const std::string& request_id) {
  ApiError e;
  e.status = kNotFound;
  e.code = "NOT_FOUND";
  e.message = "no such route: " + req.method + " " + req.path();
  return error_response(e, request_id);
}

HttpResponse method_not_allowed(const HttpRequest& req, const std::string& request_id) {
  ApiError e;
  e.status = kMethodNotAllowed;
  e.code = "METHOD_NOT_ALLOWED";
  e.message = "method " + req.method + " is not allowed on " + req.path();
  return error_response(e, request_id);
}

// Completes a request once: adds the request id, records metrics and the access log line.
Api::Done finisher(actors::Runtime& rt, std::string route, std::string request_id, std::string method,
                   Api::Done done) {
  const auto start = std::chrono::steady_clock::now();
  return [&rt, route = std::move(route), request_id = std::move(request_id), method = std::move(method),
          done = std::move(done), start](HttpResponse response) {
    response.headers.emplace_back("X-Request-Id", request_id);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    rt.metrics().http_request(route, response.status, seconds);
    if (config::log_enabled(config::LogLevel::info)) {
      config::log(config::LogLevel::info, "http_request",
                  {{"request_id", request_id},
                   {"method", method},
                   {"route", route},
                   {"status", std::to_string(response.status)},
                   {"latency_ms", std::to_string(seconds * 1000.0)}});
    }
    done(std::move(response));
  };
}

}  // namespace

Api::Api(actors::Runtime& runtime) : runtime_(runtime), started_(std::chrono::steady_clock::now()) {}

std::string Api::route_of(const std::string& method, const std::string& path) {
  (void)method;
  if (path == "/v1/execute" || path == "/health" || path == "/metrics" || path == "/v1/languages") return path;
  if (path.starts_with(kExecutePrefix)) return "/v1/execute/{id}";
  return "unmatched";
}

void Api::handle(HttpRequest request, Done done) {
  const auto request_id = request_id_of(request);
  const auto path = request.path();
  auto finish = finisher(runtime_, route_of(request.method, path), request_id, request.method, std::move(done));
  const ResponseMeta meta{request_id, runtime_.config().cluster.node_name};
  if (path == "/v1/execute") {
    if (request.method != "POST") return finish(method_not_allowed(request, request_id));
    return execute(std::move(request), request_id, std::move(finish));
  }
  if (path.starts_with(kExecutePrefix)) {
    if (request.method != "GET") return finish(method_not_allowed(request, request_id));
    return get_execution(path.substr(kExecutePrefix.size()), request_id, std::move(finish));
  }
  if (path == "/health") {
    if (request.method != "GET") return finish(method_not_allowed(request, request_id));
    return health(std::move(finish), false, request_id);
  }
  if (path == "/metrics") {
    if (request.method != "GET") return finish(method_not_allowed(request, request_id));
    if (request.header("accept").find("application/json") != std::string::npos) {
      return health(std::move(finish), true, request_id);
    }
    return finish(render_metrics_text(runtime_.metrics().serialize()));
  }
  if (path == "/v1/languages") {
    if (request.method != "GET") return finish(method_not_allowed(request, request_id));
    return finish(render_languages(runtime_.languages(), meta));
  }
  finish(route_not_found(request, request_id));
}

void Api::execute(HttpRequest&& request, const std::string& request_id, Done done) {
  auto parsed = parse_execute_request(request.body, runtime_.config(), runtime_.languages());
  if (!parsed) return done(error_response(parsed.error(), request_id));
  auto req = std::move(*parsed);
  req.request_id = request_id;
  const ResponseMeta meta{request_id, runtime_.config().cluster.node_name};
  const auto timeout = execution_timeout(req, runtime_.config());
  if (!req.wait) {
    // Asynchronous: the id is fixed now, the pipeline stores the execution as queued, and the
    // client polls GET /v1/execute/{id}.
    req.id = cluster::make_execution_id(runtime_.config().cluster.node_name);
    auto id = req.id;
    runtime_.execute(std::move(req), timeout, [](Expected<actors::execution_result, actors::EngineError>) {});
    return done(render_accepted(id, meta));
  }
  runtime_.execute(std::move(req), timeout,
                   [done = std::move(done), meta](Expected<actors::execution_result, actors::EngineError> r) {
                     if (!r) return done(error_response(from_engine(r.error().code, r.error().message), meta.request_id));
                     done(render_result(*r, meta));
                   });
}

void Api::get_execution(const std::string& id, const std::string& request_id, Done done) {
  const ResponseMeta meta{request_id, runtime_.config().cluster.node_name};
  if (!cluster::home_node(id)) {
    return done(error_response(from_engine(actors::errc::not_found, "no execution with id " + id), request_id));
  }
  runtime_.fetch(id, [done = std::move(done), meta](Expected<actors::stored_execution, actors::EngineError> r) {
    if (!r) return done(error_response(from_engine(r.error().code, r.error().message), meta.request_id));
    done(render_stored(*r, meta));
  });
}

void Api::health(Done done, bool json_metrics, const std::string& request_id) {
  // Two asynchronous questions (supervisor figures, stored count); answer when both are in.
  struct Gather {
    HealthInput input;
    std::atomic<int> pending{2};
    Done done;
    bool json_metrics;
    ResponseMeta meta;
  };
  auto g = std::make_shared<Gather>();
  g->input.root_alive = runtime_.root_alive();
  g->input.sandbox_warnings = runtime_.warnings();
  g->input.active_executions = runtime_.metrics().active_executions();
  g->input.uptime_seconds =
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - started_).count();
  g->done = std::move(done);
  g->json_metrics = json_metrics;
  g->meta = ResponseMeta{request_id, runtime_.config().cluster.node_name};
  auto complete = [g] {
    if (--g->pending != 0) return;
    g->done(g->json_metrics ? render_metrics_json(g->input, g->meta) : render_health(g->input));
  };
  runtime_.figures([g, complete](Expected<std::vector<actors::supervisor_figures>, actors::EngineError> r) {
    if (r) g->input.supervisors = std::move(*r);
    complete();
  });
  runtime_.count([g, complete](Expected<std::uint64_t, actors::EngineError> r) {
    if (r) g->input.total_executions = *r;
    complete();
  });
}

}  // namespace riemann::net
