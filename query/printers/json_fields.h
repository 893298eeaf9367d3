// The JSON form of a hit and of a report's header, shared by the json and
// jsonl printers so the two never disagree (schemas/hit.schema.json).
#pragma once

#include <nlohmann/json.hpp>

#include "query/printers/report.h"

namespace lisan::query {

nlohmann::json hit_to_json(const Hit& hit, const Snippet& snippet, bool explain);
nlohmann::json report_header_json(const Report& report);
// What a study cites: lisan, schema and analyzer versions, the index id,
// manifest id and document count, the exact query and flags, the UTC time
// and the number of matches. `--manifest FILE` writes this object.
nlohmann::json manifest_json(const Report& report);
// The --facets, --timeline and --kwic parts (null when not asked for).
nlohmann::json facets_json(const Report& report);
nlohmann::json timeline_json(const Report& report);
// The query's wildcards: "matched_terms" index terms, "searched_terms" of
// them searched; "truncated" when fewer were searched than matched.
nlohmann::json wildcards_json(const Report& report);
nlohmann::json kwic_line_json(const Report& report, std::size_t line);
// nlohmann's dump, replacing invalid UTF-8 instead of throwing.
std::string dump_json(const nlohmann::json& value, int indent = -1);

}  // namespace lisan::query
