// Fuzz target for what lisan-index does with a record after its reader: the
// input is a lisan JSONL file (the format that sets every Record field
// directly), each accepted record goes through the DocumentBuilder (analysis,
// terms, values, near-duplicate signature, stored data), as in a real run but
// without the Xapian write.
#include <cstddef>
#include <cstdint>

#include "fuzz/fuzz_input.h"
#include "indexer/document_builder.h"
#include "indexer/readers/generic/jsonl_reader.h"
#include "lisan/core/error.h"

namespace {

class BuildingSink : public CountingSink {
 public:
  explicit BuildingSink(const lisan::indexer::DocumentBuilder& builder) : builder_(builder) {}
  void accept(lisan::Record&& record) override {
    (void)builder_.build(record);
    CountingSink::accept(std::move(record));
  }

 private:
  const lisan::indexer::DocumentBuilder& builder_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const lisan::indexer::DocumentBuilder builder;
  static lisan::indexer::JsonlReader reader{lisan::indexer::ReaderOptions{}};
  const std::string path = write_input("records.jsonl", data, size);
  BuildingSink sink(builder);
  try {
    reader.read(path, sink);
  } catch (const lisan::Error&) {
  }
  return 0;
}
