// lisan-serve: the local web interface (docs/web.md). Parses the command
// line, binds to loopback unless told otherwise, prints the URL to open and
// serves until Ctrl-C or SIGTERM, which stop it cleanly (requests in flight
// finish; the index is only read).
#include <pthread.h>
#include <signal.h>

#include <cstdio>
#include <thread>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "lisan/core/error.h"
#include "lisan/cli/usage_errors.h"
#include "lisan/cli/version_text.h"
#include "lisan/core/utf8.h"
#include "lisan/store/index_store.h"
#include "server/http_server.h"

namespace {

void print_error(const std::string& message) {
  std::fprintf(stderr, "lisan-serve: %s\n", lisan::utf8::terminal_safe(message, lisan::utf8::Newlines::kKeep).c_str());
}

int serve_main(int argc, char** argv) {
  // Named here, not from argv[0], so --help reads the same however it is run.
  CLI::App app{"lisan-serve: a local web interface to search lisan indexes (docs/web.md)", "lisan-serve"};
  std::string version = lisan::cli::version_text("lisan-serve");
  version.pop_back();  // CLI11 adds the final newline
  app.set_version_flag("--version", version, "Print the versions of lisan, its index schema and analyzer, Xapian, ICU");
  lisan::serve::ServeContext context;
  std::string host = "127.0.0.1";
  int port = 8080;
  app.add_option("--db", context.dbs, "Index directory or shard set; repeat to search several as one (default: $LISAN_DB, "
                                      "else $XDG_DATA_HOME/lisan/index, else ~/.local/share/lisan/index)")
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false);
  app.add_option("--bind", host, "Address to listen on; the default serves this machine only")->capture_default_str();
  app.add_option("--port", port, "Port (0: any free port, printed at start)")->capture_default_str()->check(
      CLI::Range(0, 65535));
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (const std::string typo = lisan::cli::unknown_option_message(e, app); !typo.empty()) {
      print_error("error: " + typo);
      return 2;
    }
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (context.dbs.empty()) context.dbs.push_back(lisan::store::default_index_path());

  // Ctrl-C and SIGTERM are taken by one thread (sigwait) that stops the
  // server: the handler threads never see them, and nothing runs in a
  // signal handler.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);
  signal(SIGPIPE, SIG_IGN);

  try {
    // A missing or unreadable index is found now, not at the first search.
    lisan::store::open_for_reading(context.dbs);
    lisan::serve::HttpServer server(context);
    const int bound = server.bind(host, port);
    const std::string shown_host = host.find(':') != std::string::npos ? "[" + host + "]" : host;
    std::printf("lisan-serve: serving %zu index(es) at http://%s:%d/ (Ctrl-C stops)\n", context.dbs.size(),
                shown_host.c_str(), bound);
    if (host != "127.0.0.1" && host != "localhost" && host != "::1")
      print_error("warning: --bind " + host + " lets other machines search this index; there is no login");
    std::fflush(stdout);
    std::thread stopper([&] {
      int signal_number = 0;
      sigwait(&stop_signals, &signal_number);
      server.stop();
    });
    const bool ok = server.serve();
    if (!ok) {
      // The server ended on its own: wake the stopper so it can be joined.
      pthread_kill(stopper.native_handle(), SIGTERM);
    }
    stopper.join();
    std::printf("lisan-serve: stopped\n");
    return ok ? 0 : 1;
  } catch (const lisan::Error& e) {
    print_error(std::string("error: ") + e.what());
  } catch (const Xapian::Error& e) {
    print_error("error: " + e.get_description());
  } catch (const std::exception& e) {
    print_error(std::string("error: ") + e.what());
  }
  return 2;
}

}  // namespace

int main(int argc, char** argv) { return serve_main(argc, argv); }
