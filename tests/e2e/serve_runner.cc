#include "tests/e2e/serve_runner.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <httplib.h>

#include <catch2/catch.hpp>
#include <cstring>

namespace lisan::test {

std::string HttpAnswer::header(const std::string& name) const {
  const auto it = headers.find(name);
  return it == headers.end() ? "" : it->second;
}

ServeProcess::ServeProcess(const std::vector<std::string>& dbs) {
  int fds[2];
  REQUIRE(pipe(fds) == 0);
  std::vector<std::string> args = {LISAN_SERVE_BIN, "--port", "0"};
  for (const auto& db : dbs) args.insert(args.end(), {"--db", db});
  pid_ = fork();
  REQUIRE(pid_ >= 0);
  if (pid_ == 0) {
    dup2(fds[1], STDOUT_FILENO);
    close(fds[0]);
    close(fds[1]);
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    execv(argv[0], argv.data());
    _exit(127);
  }
  close(fds[1]);
  out_fd_ = fds[0];
  // "lisan-serve: serving 1 index(es) at http://127.0.0.1:PORT/ (Ctrl-C stops)"
  char c;
  while (read(out_fd_, &c, 1) == 1 && c != '\n') first_line_ += c;
  const std::size_t at = first_line_.find("http://127.0.0.1:");
  if (at == std::string::npos) FAIL("lisan-serve did not print its URL: '" << first_line_ << "'");
  port_ = std::stoi(first_line_.substr(at + 17));
}

ServeProcess::~ServeProcess() {
  if (pid_ > 0) stop();
}

int ServeProcess::stop() {
  if (pid_ <= 0) return -1;
  kill(pid_, SIGTERM);
  char buf[256];
  ssize_t n;
  while ((n = read(out_fd_, buf, sizeof buf)) > 0) rest_.append(buf, static_cast<std::size_t>(n));
  close(out_fd_);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

namespace {

HttpAnswer answer_of(const httplib::Result& r) {
  HttpAnswer a;
  if (!r) return a;
  a.status = r->status;
  a.body = r->body;
  for (const auto& [k, v] : r->headers) a.headers.emplace(k, v);
  return a;
}

std::string with_params(const std::string& path, const std::vector<std::pair<std::string, std::string>>& params) {
  std::string out = path;
  for (std::size_t i = 0; i < params.size(); ++i)
    out += (i == 0 ? "?" : "&") + params[i].first + "=" + httplib::detail::encode_query_param(params[i].second);
  return out;
}

}  // namespace

HttpAnswer ServeProcess::get(const std::string& path,
                             const std::vector<std::pair<std::string, std::string>>& params) const {
  httplib::Client client("127.0.0.1", port_);
  client.set_read_timeout(60, 0);
  return answer_of(client.Get(with_params(path, params).c_str()));
}

HttpAnswer ServeProcess::post(const std::string& path, const std::vector<std::pair<std::string, std::string>>& params,
                              const std::string& body) const {
  httplib::Client client("127.0.0.1", port_);
  client.set_read_timeout(60, 0);
  return answer_of(client.Post(with_params(path, params).c_str(), body, "text/plain; charset=utf-8"));
}

HttpAnswer ServeProcess::raw(const std::string& request_line) const {
  HttpAnswer a;
  const int s = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port_));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(s, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    close(s);
    return a;
  }
  const std::string request = request_line + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  if (write(s, request.data(), request.size()) != static_cast<ssize_t>(request.size())) {
    close(s);
    return a;
  }
  std::string text;
  char buf[4096];
  ssize_t n;
  while ((n = read(s, buf, sizeof buf)) > 0) text.append(buf, static_cast<std::size_t>(n));
  close(s);
  if (text.rfind("HTTP/1.1 ", 0) == 0) a.status = std::stoi(text.substr(9, 3));
  const std::size_t body = text.find("\r\n\r\n");
  if (body != std::string::npos) a.body = text.substr(body + 4);
  return a;
}

}  // namespace lisan::test
