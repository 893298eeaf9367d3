// Record <-> JSON. One function reads a record from a JSON object (the lisan
// JSONL contract, docs/input-formats.md §5.1) with a precise error naming the bad field;
// the other writes the full record, with provenance, as stored document data
// and for the JSON outputs.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "lisan/core/result.h"
#include "lisan/record.h"

namespace lisan {

struct RecordJsonOptions {
  std::string assumed_zone;  // IANA zone for naive dates ("" = UTC, recorded as assumed)
};

// Reads a lisan record from a parsed JSON value. Fails (with a message that
// names the field and the reason) when the value is not an object, `id` or
// `text` is missing, or a known field has the wrong type. Unknown fields are
// kept under meta (as `meta.extra`), never an error.
Result<Record> record_from_json(const nlohmann::json& value, const RecordJsonOptions& options = {});

// The record as a JSON object, with dates as ISO 8601 UTC and provenance
// under "provenance". Absent optional fields are left out.
nlohmann::json record_to_json(const Record& record);

}  // namespace lisan
