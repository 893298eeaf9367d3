// Right-to-left safety for terminal output: a field that holds Arabic or
// Hebrew text is wrapped in FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE
// (U+2068/U+2069), so the terminal's bidi algorithm reorders it inside its
// own box and never pulls the numbers and columns around it into the
// right-to-left run. Both tools' text output use it (query/printers/bidi.h,
// lisan/store/index_summary.cc); JSON and CSV carry the raw text.
#pragma once

#include <string>
#include <string_view>

namespace lisan::bidi {

// True when the text holds any right-to-left character (Arabic, Hebrew, ...).
bool has_rtl(std::string_view text);

// FSI + text + PDI when the text has RTL characters; the text otherwise.
std::string isolate(std::string_view text);

}  // namespace lisan::bidi
