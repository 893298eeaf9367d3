#include "lisan/core/diagnostics.h"

#include <cstdio>

#include <fmt/format.h>

#include "lisan/core/utf8.h"

namespace lisan {

std::string Location::to_string() const {
  if (file.empty() && line == 0 && detail.empty()) return {};
  std::string out = file.empty() ? std::string("<input>") : file;
  if (line > 0) out += fmt::format(":{}", line);
  if (!detail.empty()) out += fmt::format(" ({})", detail);
  return out;
}

std::string Diagnostic::to_string() const {
  const char* level = severity == Severity::kError     ? "error"
                      : severity == Severity::kWarning ? "warning"
                                                       : "note";
  // File names and messages quote the input (a record's id, a bad line), so
  // they are escaped for the terminal, and a diagnostic stays one line.
  const std::string place = utf8::terminal_safe(where.to_string());
  const std::string what = utf8::terminal_safe(message);
  if (place.empty()) return fmt::format("{}: {}", level, what);
  return fmt::format("{}: {}: {}", place, level, what);
}

Diagnostics::Diagnostics(Sink sink) : sink_(std::move(sink)) {
  if (!sink_) {
    sink_ = [](const Diagnostic& d) { std::fprintf(stderr, "%s\n", d.to_string().c_str()); };
  }
}

void Diagnostics::report(Severity severity, Location where, std::string message) {
  if (severity == Severity::kError) ++errors_;
  if (severity == Severity::kWarning) ++warnings_;
  sink_(Diagnostic{severity, std::move(where), std::move(message)});
}

}  // namespace lisan
