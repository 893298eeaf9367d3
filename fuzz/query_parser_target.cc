// Fuzz target for the query language: parse_query() on any bytes, with and
// without --any (first byte), then describe() of the tree (--explain). A
// query is typed by a user, but batch files (--queries) and saved protocols
// arrive from elsewhere, and a deep or odd query must be an error message,
// never a crash.
#include <cstddef>
#include <cstdint>
#include <string>

#include "query/query_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  lisan::query::ParseOptions options;
  options.default_or = (data[0] & 1) != 0;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const lisan::query::ParsedQuery parsed = lisan::query::parse_query(text, options);
  if (parsed.root) (void)parsed.root->describe();
  if (parsed.error) (void)parsed.error->to_string(text);
  return 0;
}
