// Runs the real lisan-serve for the API tests: started on an ephemeral port
// on 127.0.0.1 (the port read from the URL it prints), stopped with SIGTERM
// at the end; and a small HTTP client for it (cpp-httplib), plus raw
// requests for what a client library would clean up (traversal paths).
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

namespace lisan::test {

struct HttpAnswer {
  int status = 0;  // 0: no answer (connection failed)
  std::string body;
  std::multimap<std::string, std::string> headers;
  std::string header(const std::string& name) const;
};

class ServeProcess {
 public:
  explicit ServeProcess(const std::vector<std::string>& dbs);
  ~ServeProcess();
  ServeProcess(const ServeProcess&) = delete;
  ServeProcess& operator=(const ServeProcess&) = delete;

  int port() const { return port_; }
  const std::string& first_line() const { return first_line_; }
  // GET path?params (the params URL-encoded).
  HttpAnswer get(const std::string& path, const std::vector<std::pair<std::string, std::string>>& params = {}) const;
  HttpAnswer post(const std::string& path, const std::vector<std::pair<std::string, std::string>>& params,
                  const std::string& body) const;
  // Sends `request_line` ("GET /x HTTP/1.1") as written, byte for byte.
  HttpAnswer raw(const std::string& request_line) const;
  // SIGTERM, then the exit status (128+signal when killed) and what it
  // printed on stdout after the URL.
  int stop();
  std::string rest_of_stdout() const { return rest_; }

 private:
  int pid_ = -1;
  int out_fd_ = -1;
  int port_ = 0;
  std::string first_line_, rest_;
};

}  // namespace lisan::test
