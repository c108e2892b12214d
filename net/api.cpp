#include "net/api.hpp"

#include <atomic>
#include <boost/json.hpp>
#include <memory>

#include "actors/result_json.hpp"
#include "cluster/execution_id.hpp"
#include "config/log.hpp"
#include "config/units.hpp"
#include "net/api_error.hpp"
#include "net/execute_request.hpp"
#include "net/handlers.hpp"
#include "storage/api_keys.hpp"

namespace riemann::net {
namespace {

namespace json = boost::json;

constexpr unsigned kNotFound = 404;
constexpr unsigned kMethodNotAllowed = 405;
constexpr unsigned kTooManyRequests = 429;
constexpr unsigned kOk = 200;
constexpr std::string_view kExecutePrefix = "/v1/execute/";
constexpr std::string_view kV1Prefix = "/v1/";
constexpr std::string_view kBatchPath = "/v1/execute/batch";
constexpr std::size_t kMaxBatchDepth = 32;

std::string request_id_of(const HttpRequest& req) {
  const auto& given = req.header("x-request-id");
  return cluster::is_valid_request_id(given) ? given : cluster::make_request_id();
}

HttpResponse simple_error(unsigned status, std::string code, std::string message,
                          const std::string& request_id) {
  ApiError e;
  e.status = status;
  e.code = std::move(code);
  e.message = std::move(message);
  return error_response(e, request_id);
}

HttpResponse unavailable(const std::string& request_id) {
  return error_response(from_engine(actors::errc::queue_full, ""), request_id);
}

// Completes a request once: adds the request id and rate headers, records metrics and the
// access log line (with the key id, never the key).
Api::Done finisher(actors::Runtime& rt, std::shared_ptr<RequestContext> ctx, Api::Done done) {
  const auto start = std::chrono::steady_clock::now();
  return [&rt, ctx, done = std::move(done), start](HttpResponse response) {
    response.headers.emplace_back("X-Request-Id", ctx->request_id);
    if (ctx->rate) {
      response.headers.emplace_back("X-RateLimit-Limit", std::to_string(ctx->rate->limit));
      response.headers.emplace_back("X-RateLimit-Remaining", std::to_string(ctx->rate->remaining));
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    rt.metrics().http_request(ctx->route, response.status, seconds);
    if (config::log_enabled(config::LogLevel::info)) {
      config::log(config::LogLevel::info, "http_request",
                  {{"request_id", ctx->request_id},
                   {"method", ctx->method},
                   {"route", ctx->route},
                   {"status", std::to_string(response.status)},
                   {"latency_ms", std::to_string(seconds * 1000.0)},
                   {"key_id", ctx->key_id}});
    }
    done(std::move(response));
  };
}

json::value error_entry(const ApiError& e) {
  return json::object{
      {"success", false},
      {"error", {{"code", e.code}, {"message", e.message}, {"details", e.details}}}};
}

}  // namespace

std::chrono::milliseconds execution_timeout(const actors::execution_request& req,
                                            const config::Config& cfg) {
  const auto per_run = std::chrono::milliseconds(req.timeout_ms + req.compile_timeout_ms) *
                       std::max<std::size_t>(1, req.tests.size() + 1);
  const auto queue_rounds = cfg.execution.queue_capacity / std::max(1u, cfg.execution.workers) + 1;
  return per_run * (queue_rounds + 1) + cfg.server.request_slack;
}

Api::Api(actors::Runtime& runtime)
    : runtime_(runtime),
      started_(std::chrono::steady_clock::now()),
      auth_([&runtime](const std::string& hash) { return runtime.lookup_key(hash); }),
      limiter_([&runtime](const std::string& key_id, const std::string& month) {
        return runtime.usage(key_id, month);
      }) {}

std::string Api::route_of(const std::string& path) {
  if (path == "/v1/execute" || path == "/health" || path == "/metrics" || path == "/v1/languages" ||
      path == kBatchPath || path == "/v1/execute/stream" || path == "/v1/cluster") {
    return path;
  }
  if (path.starts_with(kExecutePrefix)) return "/v1/execute/{id}";
  return "unmatched";
}

const config::TierLimits& Api::tier_limits(const std::string& tier) const {
  const auto& a = runtime_.config().auth;
  if (tier == "pro") return a.pro;
  if (tier == "enterprise") return a.enterprise;
  return a.free;
}

std::optional<HttpResponse> Api::admit(const HttpRequest& request, RequestContext& ctx) {
  if (!runtime_.config().auth.enabled) return std::nullopt;
  auto key = auth_.authenticate(request.header("authorization"));
  if (!key) return error_response(key.error(), ctx.request_id);
  ctx.key_id = key->id;
  ctx.key_webhook_url = key->webhook_url;
  const auto month = storage::current_month(config::now_ms());
  ctx.rate = limiter_.take(key->id, tier_limits(key->tier), month);
  if (!ctx.rate->allowed) {
    ApiError e;
    e.status = kTooManyRequests;
    e.code = "RATE_LIMITED";
    e.message = ctx.rate->monthly_exhausted ? "the monthly request quota of this key is used up"
                                            : "too many requests for this key; slow down";
    e.details["tier"] = key->tier;
    e.details["limit"] = ctx.rate->limit;
    e.retry_after_s = ctx.rate->retry_after_s;
    runtime_.metrics().rate_limited(key->tier);
    return error_response(e, ctx.request_id);
  }
  runtime_.record_usage(key->id, month);
  return std::nullopt;
}

void Api::handle(HttpRequest request, Done done) {
  auto ctx = std::make_shared<RequestContext>();
  ctx->request_id = request_id_of(request);
  const auto path = request.path();
  ctx->route = route_of(path);
  ctx->method = request.method;
  auto finish = finisher(runtime_, ctx, std::move(done));
  const auto& auth = runtime_.config().auth;
  const bool guarded = path.starts_with(kV1Prefix) || (path == "/health" && !auth.open_health) ||
                       (path == "/metrics" && !auth.open_metrics);
  if (guarded) {
    if (auto refused = admit(request, *ctx)) return finish(std::move(*refused));
  }
  const ResponseMeta meta{ctx->request_id, runtime_.config().cluster.node_name};
  auto only = [&](const char* method) {
    if (request.method == method) return true;
    finish(simple_error(kMethodNotAllowed, "METHOD_NOT_ALLOWED",
                        "method " + request.method + " is not allowed on " + path,
                        ctx->request_id));
    return false;
  };
  if (path == "/v1/execute") {
    if (only("POST")) execute(std::move(request), *ctx, std::move(finish));
    return;
  }
  if (path == kBatchPath) {
    if (only("POST")) batch(std::move(request), *ctx, std::move(finish));
    return;
  }
  if (path.starts_with(kExecutePrefix)) {
    if (only("GET")) get_execution(path.substr(kExecutePrefix.size()), *ctx, std::move(finish));
    return;
  }
  if (path == "/health") {
    if (only("GET")) health(std::move(finish), false, *ctx);
    return;
  }
  if (path == "/metrics") {
    if (!only("GET")) return;
    if (request.header("accept").find("application/json") != std::string::npos) {
      return health(std::move(finish), true, *ctx);
    }
    return finish(render_metrics_text(runtime_.metrics().serialize()));
  }
  if (path == "/v1/languages") {
    if (!only("GET")) return;
    if (runtime_.config().cluster.listen.empty())
      return finish(render_languages(runtime_.languages(), meta));
    // Cluster mode: what the whole cluster can run.
    auto& rt = runtime_;
    return runtime_.cluster([&rt, finish, meta](
                                Expected<std::vector<actors::node_status>, actors::EngineError> r) {
      finish(render_languages(rt.languages(), meta, r ? *r : std::vector<actors::node_status>{}));
    });
  }
  if (path == "/v1/cluster") {
    if (!only("GET")) return;
    return runtime_.cluster(
        [finish, meta](Expected<std::vector<actors::node_status>, actors::EngineError> r) {
          if (!r)
            return finish(
                error_response(from_engine(r.error().code, r.error().message), meta.request_id));
          finish(render_cluster(*r, meta));
        });
  }
  finish(simple_error(kNotFound, "NOT_FOUND", "no such route: " + request.method + " " + path,
                      ctx->request_id));
}

void Api::execute(HttpRequest&& request, const RequestContext& ctx, Done done) {
  auto parsed =
      parse_execute_request(request.body, runtime_.config(), *runtime_.runnable_languages());
  if (!parsed) return done(error_response(parsed.error(), ctx.request_id));
  auto req = std::move(*parsed);
  req.request_id = ctx.request_id;
  if (req.webhook_url.empty()) req.webhook_url = ctx.key_webhook_url;  // the key's default
  const ResponseMeta meta{ctx.request_id, runtime_.config().cluster.node_name};
  if (!runtime_.try_admit()) return done(unavailable(ctx.request_id));
  const auto timeout = execution_timeout(req, runtime_.config());
  auto& rt = runtime_;
  if (!req.wait) {
    // Asynchronous: the id is fixed now, the pipeline stores the execution as queued, and the
    // client polls GET /v1/execute/{id}.
    req.id = cluster::make_execution_id(runtime_.config().cluster.node_name);
    auto id = req.id;
    runtime_.execute(
        std::move(req), timeout,
        [&rt](Expected<actors::execution_result, actors::EngineError>) { rt.release(); });
    return done(render_accepted(id, meta));
  }
  runtime_.execute(std::move(req), timeout,
                   [&rt, done = std::move(done),
                    meta](Expected<actors::execution_result, actors::EngineError> r) mutable {
                     rt.release();
                     if (!r)
                       return done(error_response(from_engine(r.error().code, r.error().message),
                                                  meta.request_id));
                     // metadata.node names the node that ran it (issue 7 §3).
                     auto ran = meta;
                     if (!r->run.node.empty()) ran.node = r->run.node;
                     done(render_result(*r, ran));
                   });
}

void Api::batch(HttpRequest&& request, const RequestContext& ctx, Done done) {
  const auto& cfg = runtime_.config();
  boost::system::error_code ec;
  json::parse_options opts;
  opts.max_depth = kMaxBatchDepth;
  auto doc = json::parse(request.body, ec, {}, opts);
  if (ec)
    return done(error_response(validation_error("body", "body is not valid JSON: " + ec.message()),
                               ctx.request_id));
  if (!doc.is_object() || !doc.as_object().contains("batch") || !doc.at("batch").is_array()) {
    return done(error_response(
        validation_error("batch", "batch must be an array of execute requests"), ctx.request_id));
  }
  const auto& items = doc.at("batch").as_array();
  if (items.empty() || items.size() > cfg.api.max_batch) {
    auto e = validation_error(
        "batch", "batch must have between 1 and " + std::to_string(cfg.api.max_batch) + " items");
    e.details["min"] = 1;
    e.details["max"] = cfg.api.max_batch;
    return done(error_response(e, ctx.request_id));
  }
  struct Gather {
    std::vector<std::string> entries;  // serialized result entries, in request order
    std::atomic<std::size_t> pending{0};
    Done done;
    ResponseMeta meta;
  };
  auto g = std::make_shared<Gather>();
  g->entries.resize(items.size());
  g->done = std::move(done);
  g->meta = ResponseMeta{ctx.request_id, cfg.cluster.node_name};
  auto complete = [g] {
    std::string data = "{\"results\":[";
    for (std::size_t i = 0; i < g->entries.size(); ++i)
      data.append(i ? "," : "").append(g->entries[i]);
    data += "]}";
    g->done(envelope(kOk, data, g->meta));
  };
  std::vector<std::pair<std::size_t, actors::execution_request>> runnable;
  const auto languages = runtime_.runnable_languages();
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto parsed = parse_execute_value(items[i], cfg, *languages);
    if (!parsed) {
      auto e = parsed.error();
      if (e.details.contains("field")) {
        e.details["field"] =
            "batch[" + std::to_string(i) + "]." + std::string(e.details["field"].as_string());
      }
      g->entries[i] = json::serialize(error_entry(e));
      continue;
    }
    if (!runtime_.try_admit()) {
      g->entries[i] = json::serialize(error_entry(from_engine(actors::errc::queue_full, "")));
      continue;
    }
    parsed->request_id = ctx.request_id;
    if (parsed->webhook_url.empty()) parsed->webhook_url = ctx.key_webhook_url;
    runnable.emplace_back(i, std::move(*parsed));
  }
  g->pending = runnable.size() + 1;  // +1: this function's own hold, released below
  auto& rt = runtime_;
  for (auto& [index, req] : runnable) {
    const auto timeout = execution_timeout(req, cfg);
    if (!req.wait) {
      req.id = cluster::make_execution_id(cfg.cluster.node_name);
      g->entries[index] =
          "{\"success\":true,\"data\":" +
          json::serialize(json::object{{"execution_id", req.id}, {"status", "queued"}}) + "}";
      rt.execute(std::move(req), timeout,
                 [&rt](Expected<actors::execution_result, actors::EngineError>) { rt.release(); });
      if (--g->pending == 0) complete();
      continue;
    }
    rt.execute(
        std::move(req), timeout,
        [&rt, g, complete,
         index = index](Expected<actors::execution_result, actors::EngineError> r) {
          rt.release();
          g->entries[index] =
              r ? "{\"success\":true,\"data\":" + actors::result_to_json(*r) + "}"
                : json::serialize(error_entry(from_engine(r.error().code, r.error().message)));
          if (--g->pending == 0) complete();
        });
  }
  if (--g->pending == 0) complete();
}

void Api::get_execution(const std::string& id, const RequestContext& ctx, Done done) {
  const ResponseMeta meta{ctx.request_id, runtime_.config().cluster.node_name};
  if (!cluster::home_node(id)) {
    return done(error_response(from_engine(actors::errc::not_found, "no execution with id " + id),
                               ctx.request_id));
  }
  runtime_.fetch(id, [done = std::move(done),
                      meta](Expected<actors::stored_execution, actors::EngineError> r) {
    if (!r)
      return done(error_response(from_engine(r.error().code, r.error().message), meta.request_id));
    done(render_stored(*r, meta));
  });
}

void Api::health(Done done, bool json_metrics, const RequestContext& ctx) {
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
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::steady_clock::now() - started_)
          .count();
  g->done = std::move(done);
  g->json_metrics = json_metrics;
  g->meta = ResponseMeta{ctx.request_id, runtime_.config().cluster.node_name};
  auto complete = [g] {
    if (--g->pending != 0) return;
    g->done(g->json_metrics ? render_metrics_json(g->input, g->meta) : render_health(g->input));
  };
  runtime_.figures(
      [g, complete](Expected<std::vector<actors::supervisor_figures>, actors::EngineError> r) {
        if (r) g->input.supervisors = std::move(*r);
        complete();
      });
  runtime_.count([g, complete](Expected<std::uint64_t, actors::EngineError> r) {
    if (r) g->input.total_executions = *r;
    complete();
  });
}

}  // namespace riemann::net
