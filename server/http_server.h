// HttpServer: lisan-serve's HTTP side on cpp-httplib (Debian's
// libcpp-httplib-dev): the web app's embedded files, the JSON API
// (api_handlers.h), the security headers and the request limits. Requests
// run in parallel on httplib's thread pool; each opens the index itself.
//
// Thread safety: stop() may be called from any thread; the rest from one.
#pragma once

#include <memory>
#include <string>

#include "server/api_handlers.h"

namespace httplib {
class Server;
}

namespace lisan::serve {

class HttpServer {
 public:
  explicit HttpServer(ServeContext context);
  ~HttpServer();
  HttpServer(const HttpServer&) = delete;
  HttpServer& operator=(const HttpServer&) = delete;

  // Binds `host`:`port` (0 = any free port) and returns the port; throws
  // lisan::Error naming the address when it cannot.
  int bind(const std::string& host, int port);
  // Serves until stop(); returns false when the server failed.
  bool serve();
  void stop();

 private:
  void add_routes();
  ServeContext context_;
  std::unique_ptr<httplib::Server> server_;
};

}  // namespace lisan::serve
