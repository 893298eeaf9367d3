// Right-to-left safety for terminal output: a field that holds Arabic text is
// wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE (U+2068/U+2069),
// so the terminal's bidi algorithm reorders it inside its own box and never
// scrambles the columns around it. JSON and CSV carry the raw text.
#pragma once

#include <string>
#include <string_view>

#include "lisan/core/bidi.h"

namespace lisan::query {

// has_rtl() and isolate() live in lisan/core/bidi.h: lisan-index info uses them too.
using bidi::has_rtl;
using bidi::isolate;

// A value from the index (a title, a channel, a snippet) as one field of a
// terminal line: control characters escaped (utf8::terminal_safe), then
// isolated. Every text-mode printer shows indexed content through this.
std::string terminal_field(std::string_view text);

}  // namespace lisan::query
