// Diagnostics print file names and messages that quote hostile input: the
// printed form is one line with every control character escaped.
#include <catch2/catch.hpp>

#include "lisan/core/diagnostics.h"

using lisan::Diagnostic;
using lisan::Location;
using lisan::Severity;

TEST_CASE("a diagnostic is one line with control characters escaped", "[diagnostics][terminal]") {
  struct Row {
    const char* what;
    Diagnostic diagnostic;
    std::string printed;
  };
  const std::vector<Row> rows = {
      {"plain", {Severity::kWarning, Location{"posts.jsonl", 12, ""}, "no text"},
       "posts.jsonl:12: warning: no text"},
      {"escape in the file name", {Severity::kError, Location{"a\x1b[2J.jsonl", 3, ""}, "bad JSON"},
       "a\\x1b[2J.jsonl:3: error: bad JSON"},
      {"bell and CR in the message", {Severity::kWarning, Location{"f", 1, "message 4"}, "id 'x\a\ry'"},
       "f:1 (message 4): warning: id 'x\\x07\\x0dy'"},
      {"a newline cannot fake a second diagnostic", {Severity::kError, Location{}, "x\nf:2: error: fake"},
       "error: x\\x0af:2: error: fake"},
      {"bidi override in the detail", {Severity::kNote, Location{"f", 0, "\xE2\x80\xAEid"}, "m"},
       "f (\\u202eid): note: m"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    CHECK(row.diagnostic.to_string() == row.printed);
  }
}
