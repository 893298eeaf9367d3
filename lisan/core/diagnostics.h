// Diagnostics: where readers and writers report per-record problems, in the
// compiler-like form "FILE:LINE: warning: reason", and count them. The run
// goes on after each report; main decides the exit status from the counts.
//
// Not thread-safe: give each thread its own, or report from one thread.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace lisan {

enum class Severity { kNote, kWarning, kError };

struct Location {
  std::string file;         // as given on the command line ("-" for stdin)
  std::uint64_t line = 0;   // 1-based; 0 when not line-based
  std::string detail;       // e.g. "message 42" or "byte 1234"; may be empty

  std::string to_string() const;  // "file:line", "file: message 42", "file"
};

struct Diagnostic {
  Severity severity = Severity::kWarning;
  Location where;
  std::string message;

  // "file:12: warning: message", on one line, with control characters of
  // the file name and message escaped (utf8::terminal_safe).
  std::string to_string() const;
};

class Diagnostics {
 public:
  using Sink = std::function<void(const Diagnostic&)>;

  // `sink` receives every diagnostic; the default prints to stderr.
  explicit Diagnostics(Sink sink = {});

  void report(Severity severity, Location where, std::string message);
  void warning(Location where, std::string message) {
    report(Severity::kWarning, std::move(where), std::move(message));
  }
  void error(Location where, std::string message) {
    report(Severity::kError, std::move(where), std::move(message));
  }

  std::uint64_t warnings() const { return warnings_; }
  std::uint64_t errors() const { return errors_; }

 private:
  Sink sink_;
  std::uint64_t warnings_ = 0;
  std::uint64_t errors_ = 0;
};

}  // namespace lisan
