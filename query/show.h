// show: one document in full, with all its metadata and where it came from,
// so a journalist can cite the original (lisan-query show ID). The CLI finds
// the document (Searcher::find_by_id); printers render it with these.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "query/searcher.h"

namespace lisan::query {

// Every stored field, the indexer's analysis included.
nlohmann::json document_json(const Hit& hit);
// One "field: value" line per field (terminal-safe), then the body in full.
std::string document_text(const Hit& hit);

}  // namespace lisan::query
