#include "query/printers/bidi.h"

#include "lisan/core/utf8.h"

namespace lisan::query {

std::string terminal_field(std::string_view text) { return isolate(utf8::terminal_safe(text)); }

}  // namespace lisan::query
