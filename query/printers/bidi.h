// Right-to-left safety for terminal output: a field that holds Arabic text is
// wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE (U+2068/U+2069),
// so the terminal's bidi algorithm reorders it inside its own box and never
// scrambles the columns around it. JSON and CSV carry the raw text.
#pragma once

#include <string>
#include <string_view>

namespace lisan::query {

// True when the text holds any right-to-left character (Arabic, Hebrew, ...).
bool has_rtl(std::string_view text);

// FSI + text + PDI when the text has RTL characters; the text otherwise.
std::string isolate(std::string_view text);

// A value from the index (a title, a channel, a snippet) as one field of a
// terminal line: control characters escaped (utf8::terminal_safe), then
// isolated. Every text-mode printer shows indexed content through this.
std::string terminal_field(std::string_view text);

}  // namespace lisan::query
