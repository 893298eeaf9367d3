#include "query/show.h"

#include <fmt/format.h>

#include "lisan/core/utf8.h"
#include "lisan/record_json.h"
#include "query/printers/bidi.h"
#include "query/printers/json_fields.h"

namespace lisan::query {

nlohmann::json document_json(const Hit& hit) {
  nlohmann::json full = record_to_json(hit.record);
  if (!hit.analysis.is_null()) full["analysis"] = hit.analysis;
  return full;
}

std::string document_text(const Hit& hit) {
  const nlohmann::json full = document_json(hit);
  std::string out;
  for (auto it = full.begin(); it != full.end(); ++it) {
    if (it.key() == "text") continue;
    std::string value = it->is_string() ? it->get<std::string>() : dump_json(*it);
    out += fmt::format("{:<16}{}\n", it.key() + ":", terminal_field(value));
  }
  // The body keeps its lines (it is shown in full on purpose); every other
  // control character is escaped like the fields above.
  out += "\n" + utf8::terminal_safe(hit.record.text, utf8::Newlines::kKeep) + "\n";
  return out;
}

}  // namespace lisan::query
