// A real xapian-tcpsrv serving one index on 127.0.0.1, for the remote-shard
// e2e tests (issue 14). Started in a session of its own (POSIX_SPAWN_SETSID):
// on SIGTERM xapian-tcpsrv signals its whole process group, which would
// otherwise include the test runner. The port is a free ephemeral one.
#pragma once

#include <string>

namespace lisan::test {

class ShardServer {
 public:
  // Serves `index_path`; waits (up to 10 s) until it accepts connections.
  // ok() is false when xapian-tcpsrv is not installed or did not start.
  explicit ShardServer(const std::string& index_path);
  ~ShardServer();
  ShardServer(const ShardServer&) = delete;
  ShardServer& operator=(const ShardServer&) = delete;

  bool ok() const { return pid_ > 0; }
  unsigned port() const { return port_; }
  // The stub line naming it: "remote 127.0.0.1:PORT".
  std::string stub_line() const;
  // "remote 127.0.0.1:PORT", as lisan names it in messages.
  std::string name() const;
  // SIGTERM to the server (and its connection children), and reaps it.
  void stop();

 private:
  int pid_ = -1;
  unsigned port_ = 0;
};

}  // namespace lisan::test
