// Error: the one exception type for problems that stop a whole run (a file
// that cannot be opened, an index of another schema version). Per-record
// problems are not errors: they go to Diagnostics and the run goes on.
//
// Messages say what, where and what to do, lower-case, without the program
// name (main adds it): "corpus.jsonl: cannot open: No such file or directory".
#pragma once

#include <stdexcept>
#include <string>
#include <utility>

#include <fmt/format.h>

namespace lisan {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}

  template <typename... Args>
  static Error format(fmt::format_string<Args...> pattern, Args&&... args) {
    return Error(fmt::format(pattern, std::forward<Args>(args)...));
  }
};

// Usage errors are reported the same way but exit with the usage status.
class UsageError : public Error {
 public:
  using Error::Error;
};

}  // namespace lisan
