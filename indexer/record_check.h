// The one check of a Record before it is built into a document: whatever a
// reader produced, a record that would give a document lisan cannot read
// back or cite is rejected here, with its location and the reason, never
// stored (issue 17: dates past year 9999 were stored and came back as an
// unreadable document with id "?").
//
// Readers check what their format can get wrong; this is the backstop that
// holds for every reader, present and future.
#pragma once

#include <string>

#include "lisan/record.h"

namespace lisan::indexer {

// Why `record` cannot be stored ("" when it can): an empty id, a date or
// edit date outside the years 0001..9999 (ISO 8601's four-digit years, which
// the stored form and every date filter use), or meta that is not a JSON
// object.
std::string record_problem(const Record& record);

}  // namespace lisan::indexer
