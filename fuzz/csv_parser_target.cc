// Fuzz target for the RFC 4180 parser every CSV reader shares: sniff the
// dialect from the input's head, then read every record from a stream, as
// the readers do. Checks that lines only move forward and raw() stays cut.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "indexer/readers/csv_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::istringstream in(bytes, std::ios::binary);
  lisan::indexer::CsvReader csv(in, lisan::indexer::sniff_dialect(bytes));
  std::vector<std::string> fields;
  std::uint64_t line = 0, last_line = 0;
  while (csv.next(fields, line)) {
    if (line < last_line || csv.offset() > size || csv.raw().size() > lisan::indexer::CsvReader::kMaxRawBytes) {
      std::fprintf(stderr, "fuzz: line %llu after %llu, offset %llu of %zu, raw %zu bytes\n",
                   static_cast<unsigned long long>(line), static_cast<unsigned long long>(last_line),
                   static_cast<unsigned long long>(csv.offset()), size, csv.raw().size());
      std::abort();
    }
    last_line = line;
  }
  return 0;
}
