#include "query/show.h"

#include <fmt/format.h>

#include "lisan/core/error.h"
#include "lisan/core/utf8.h"
#include "lisan/date.h"
#include "lisan/record_json.h"
#include "lisan/store/index_store.h"
#include "query/printers/bidi.h"
#include "query/printers/json_fields.h"
#include "query/searcher.h"

namespace lisan::query {

std::optional<std::string> render_show(const ShowOptions& options) {
  Searcher searcher(store::open_for_reading(options.dbs));
  const std::optional<Hit> hit = searcher.find_by_id(options.id);
  if (!hit) return std::nullopt;
  nlohmann::json full = record_to_json(hit->record);
  if (!hit->analysis.is_null()) full["analysis"] = hit->analysis;
  if (options.format == "json") return dump_json(full, 2) + "\n";
  if (options.format != "text") throw UsageError(fmt::format("show --format {}: use text or json", options.format));

  std::string out;
  for (auto it = full.begin(); it != full.end(); ++it) {
    if (it.key() == "text") continue;
    std::string value = it->is_string() ? it->get<std::string>() : dump_json(*it);
    out += fmt::format("{:<16}{}\n", it.key() + ":", terminal_field(value));
  }
  // The body keeps its lines (it is shown in full on purpose); every other
  // control character is escaped like the fields above.
  out += "\n" + utf8::terminal_safe(hit->record.text, utf8::Newlines::kKeep) + "\n";
  return out;
}

}  // namespace lisan::query
