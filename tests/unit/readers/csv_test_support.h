// NotingSink: the CollectingSink of the reader tests plus what issue 17
// added to RecordSink: notes and warnings about an input (note()) and
// rejects that are counted but not printed again (reject_quietly()).
// Header-only; one sink per test.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "tests/support/collecting_sink.h"

namespace lisan::test {

struct NotingSink : CollectingSink {
  std::vector<std::pair<Location, std::string>> notes;  // (where, message), warnings and notes alike
  std::size_t quiet_rejects = 0;                         // of rejects, those not printed

  void reject_quietly(const Location& where, const std::string& reason, std::string_view raw) override {
    ++quiet_rejects;
    reject(where, reason, raw);
  }
  void note(const Location& where, Severity, const std::string& message) override {
    notes.emplace_back(where, message);
  }
};

}  // namespace lisan::test
