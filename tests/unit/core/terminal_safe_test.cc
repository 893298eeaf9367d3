// utf8::terminal_safe: every control character a hostile text could use on
// a terminal comes out as a visible escape; everything else is unchanged.
#include <catch2/catch.hpp>

#include "lisan/core/utf8.h"

using lisan::utf8::Newlines;
using lisan::utf8::terminal_safe;

TEST_CASE("terminal_safe escapes control characters visibly", "[utf8][terminal]") {
  struct Row {
    const char* what;
    std::string in;
    Newlines newlines;
    std::string out;
  };
  const std::vector<Row> rows = {
      {"plain text", "storm alert", Newlines::kEscape, "storm alert"},
      {"letters of every script", "Kürt الكِتَابُ 中文", Newlines::kEscape, "Kürt الكِتَابُ 中文"},
      {"clear screen", "a\x1b[2Jb", Newlines::kEscape, "a\\x1b[2Jb"},
      {"OSC 8 hyperlink", "\x1b]8;;http://x/\x07link\x1b]8;;\x07", Newlines::kEscape,
       "\\x1b]8;;http://x/\\x07link\\x1b]8;;\\x07"},
      {"bell", "ding\a", Newlines::kEscape, "ding\\x07"},
      {"carriage return", "ok\rFAKE", Newlines::kEscape, "ok\\x0dFAKE"},
      {"NUL", std::string("a\0b", 3), Newlines::kEscape, "a\\x00b"},
      {"DEL", "a\x7f", Newlines::kEscape, "a\\x7f"},
      {"tab stays", "a\tb", Newlines::kEscape, "a\tb"},
      {"newline escaped on one line", "a\nb", Newlines::kEscape, "a\\x0ab"},
      {"newline kept in a body", "a\nb", Newlines::kKeep, "a\nb"},
      {"C1 CSI", "\xC2\x9B" "31m", Newlines::kEscape, "\\u009b31m"},
      {"C1 NEL", "a\xC2\x85" "b", Newlines::kEscape, "a\\u0085b"},
      {"U+00A0 is not C1", "a\xC2\xA0" "b", Newlines::kEscape, "a\xC2\xA0" "b"},
      {"right-to-left override", "\xE2\x80\xAEtxt\xE2\x80\xAC", Newlines::kEscape, "\\u202etxt\\u202c"},
      {"left-to-right embedding", "\xE2\x80\xAA", Newlines::kEscape, "\\u202a"},
      {"isolates", "\xE2\x81\xA6x\xE2\x81\xA9\xE2\x81\xA8", Newlines::kEscape, "\\u2066x\\u2069\\u2068"},
      {"zero width joiner stays", "a\xE2\x80\x8D" "b", Newlines::kEscape, "a\xE2\x80\x8D" "b"},
      {"invalid byte", "a\xFF" "b", Newlines::kEscape, "a\\xffb"},
      {"truncated sequence", "a\xE2\x80", Newlines::kEscape, "a\\xe2\\x80"},
  };
  for (const Row& row : rows) {
    CAPTURE(row.what);
    CHECK(terminal_safe(row.in, row.newlines) == row.out);
  }
}
