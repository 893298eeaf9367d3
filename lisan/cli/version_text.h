// What --version prints on both tools: lisan's version, the index schema and
// analyzer versions an index written or read by this build carries, and the
// versions of Xapian and ICU loaded at run time (not those compiled against:
// a bug report needs what actually ran).
#pragma once

#include <string>

namespace lisan::cli {

// "lisan-query 0.3.0\nindex schema 3, analyzer 3\nXapian 1.4.22\nICU 72.1\n"
std::string version_text(const std::string& tool);

// lisan's version alone ("0.3.0"), for manifests and reports.
std::string version_number();

}  // namespace lisan::cli
