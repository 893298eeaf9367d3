#include "server/http_server.h"

#include <httplib.h>

#include <fmt/format.h>

#include "lisan/core/error.h"
#include "server/api_error.h"
#include "server/security_headers.h"
#include "server/static_assets.h"

namespace lisan::serve {
namespace {

void send_error(httplib::Response& res, int status, const std::string& message,
                std::optional<std::size_t> offset = std::nullopt) {
  res.status = status;
  res.set_content(error_body(status, message, offset), "application/json; charset=utf-8");
}

// Runs a handler; whatever it throws becomes a JSON error with a status,
// never a dropped connection or a stack trace.
template <typename Handle>
void guarded(httplib::Response& res, Handle&& handle) {
  try {
    handle();
  } catch (const ApiError& e) {
    send_error(res, e.status(), e.what(), e.offset());
  } catch (const UsageError& e) {
    send_error(res, 400, e.what());
  } catch (const Error& e) {
    send_error(res, 500, e.what());
  } catch (const Xapian::Error& e) {
    send_error(res, 500, e.get_description());
  } catch (const std::bad_alloc&) {
    send_error(res, 503, "out of memory");
  } catch (const std::exception& e) {
    send_error(res, 500, e.what());
  }
}

void send(httplib::Response& res, const ApiResponse& r) {
  res.status = r.status;
  if (!r.filename.empty()) res.set_header("Content-Disposition", "attachment; filename=\"" + r.filename + "\"");
  res.set_content(r.body, r.content_type.c_str());
}

}  // namespace

HttpServer::HttpServer(ServeContext context)
    : context_(std::move(context)), server_(std::make_unique<httplib::Server>()) {
  httplib::Headers headers;
  for (const auto& [name, value] : security_headers()) headers.emplace(name, value);
  server_->set_default_headers(headers);
  server_->set_payload_max_length(context_.limits.max_body_bytes);
  // httplib's own refusals (a body over the limit: 413, a URI over 8 KiB:
  // 414, an unknown method) get a JSON body that says which limit.
  server_->set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string message = fmt::format("{} {}: refused with status {}", req.method, req.path, res.status);
    if (res.status == 413)
      message = fmt::format("request body over {} bytes: send fewer queries", context_.limits.max_body_bytes);
    if (res.status == 414) message = "request line over 8192 bytes: shorten the query or use a batch";
    send_error(res, res.status, message);
  });
  add_routes();
}

HttpServer::~HttpServer() = default;

void HttpServer::add_routes() {
  httplib::Server& s = *server_;
  s.Get("/api/export", [this](const httplib::Request& req, httplib::Response& res) {
    guarded(res, [&] {
      const ExportPlan plan = plan_export(context_, req.params);
      res.set_header("Content-Disposition", "attachment; filename=\"" + plan.filename + "\"");
      const Params params = req.params;
      const ServeContext& context = context_;
      res.set_chunked_content_provider(plan.content_type, [params, &context](size_t, httplib::DataSink& sink) {
        try {
          run_export(context, params, [&](const std::string& text) { return sink.write(text.data(), text.size()); });
          sink.done();
          return true;
        } catch (const std::exception&) {
          return false;  // the client sees a broken transfer, not a short file that looks whole
        }
      });
    });
  });
  s.Post("/api/batch", [this](const httplib::Request& req, httplib::Response& res) {
    guarded(res, [&] { send(res, handle_batch(context_, req.params, req.body)); });
  });
  s.Get(R"(/api/([a-z]+)(?:/(.+))?)", [this](const httplib::Request& req, httplib::Response& res) {
    guarded(res, [&] { send(res, handle_get(context_, req.matches[1], req.matches[2], req.params)); });
  });
  s.Get(R"(/api(/.*)?)", [](const httplib::Request& req, httplib::Response& res) {
    send_error(res, 404, fmt::format("{}: no such route (docs/web.md lists them)", req.path));
  });
  // The app: only the embedded files, matched exactly (static_assets.h).
  s.Get(".*", [](const httplib::Request& req, httplib::Response& res) {
    const Asset* asset = find_asset(req.path);
    if (!asset) {
      send_error(res, 404, "not found");
      return;
    }
    res.set_content(asset->bytes.data(), asset->bytes.size(), std::string(asset->content_type).c_str());
  });
}

int HttpServer::bind(const std::string& host, int port) {
  const int bound = port == 0 ? server_->bind_to_any_port(host) : (server_->bind_to_port(host, port) ? port : -1);
  if (bound < 0)
    throw Error::format("cannot listen on {}:{} (in use, or not an address of this machine): try another --port",
                        host, port);
  return bound;
}

bool HttpServer::serve() { return server_->listen_after_bind(); }

void HttpServer::stop() { server_->stop(); }

}  // namespace lisan::serve
