// Fuzz target for one reader: the input bytes are one file of the format
// LISAN_FUZZ_FORMAT (a make_reader() name), named LISAN_FUZZ_FILE_NAME.
// fuzz/CMakeLists.txt compiles this file once per reader.
//
// Oracle: no crash, no sanitizer report, no exception other than lisan::Error
// (the Reader contract: only an unreadable input as a whole may throw, and
// lisan-index catches nothing else), no timeout, no excessive memory.
#include <cstddef>
#include <cstdint>
#include <memory>

#include "fuzz/fuzz_input.h"
#include "indexer/readers/reader.h"
#include "lisan/core/error.h"

#ifndef LISAN_FUZZ_FORMAT
#error "LISAN_FUZZ_FORMAT must name a reader"
#endif
#ifndef LISAN_FUZZ_FILE_NAME
#error "LISAN_FUZZ_FILE_NAME must name the input file"
#endif

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::unique_ptr<lisan::indexer::Reader> reader =
      lisan::indexer::make_reader(LISAN_FUZZ_FORMAT, lisan::indexer::ReaderOptions{});
  if (!reader) __builtin_trap();  // a name fuzz/CMakeLists.txt got wrong
  const std::string path = write_input(LISAN_FUZZ_FILE_NAME, data, size);
  CountingSink sink;
  try {
    reader->read(path, sink);
  } catch (const lisan::Error&) {
    // The whole input was refused, with a message: allowed.
  }
  return 0;
}
