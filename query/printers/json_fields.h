// The JSON form of a hit and of a report's header, shared by the json and
// jsonl printers so the two never disagree (schemas/hit.schema.json).
#pragma once

#include <nlohmann/json.hpp>

#include "query/printers/report.h"

namespace lisan::query {

nlohmann::json hit_to_json(const Hit& hit, const Snippet& snippet, bool explain);
nlohmann::json report_header_json(const Report& report);
// nlohmann's dump, replacing invalid UTF-8 instead of throwing.
std::string dump_json(const nlohmann::json& value, int indent = -1);

}  // namespace lisan::query
