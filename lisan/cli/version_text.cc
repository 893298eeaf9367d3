#include "lisan/cli/version_text.h"

#include <unicode/uversion.h>
#include <xapian.h>

#include <fmt/format.h>

#include "lisan/analysis/analyzer.h"
#include "lisan/schema.h"

namespace lisan::cli {

std::string version_text(const std::string& tool) {
  UVersionInfo icu;
  u_getVersion(icu);
  char icu_text[U_MAX_VERSION_STRING_LENGTH];
  u_versionToString(icu, icu_text);
  return fmt::format("{} {}\nindex schema {}, analyzer {}\nXapian {}\nICU {}\n", tool, LISAN_VERSION,
                     schema::kSchemaVersion, analysis::kAnalyzerVersion, Xapian::version_string(), icu_text);
}

std::string version_number() { return LISAN_VERSION; }

}  // namespace lisan::cli
