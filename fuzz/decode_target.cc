// Fuzz target for the decoding of text-like inputs (legacy code pages,
// UTF-16, BOMs): decode_text() as the text and HTML readers call it, with a
// forced encoding picked by the first byte, and the same bytes streamed
// through DecodingStreambuf as the CSV readers do. The UTF-8 out must be
// valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <istream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>

#include "indexer/readers/decode.h"
#include "lisan/core/error.h"
#include "lisan/core/utf8.h"

namespace {

constexpr std::string_view kForced[] = {"", "utf-8", "windows-1256", "iso-8859-6", "windows-1254", "iso-8859-9",
                                        "windows-1252", "utf-16le"};

void require_utf8(const std::string& text, const char* what) {
  if (!lisan::utf8::is_valid(text)) {
    std::fprintf(stderr, "fuzz: %s gave invalid UTF-8\n", what);
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string_view forced = kForced[data[0] % (sizeof kForced / sizeof kForced[0])];
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (const auto decoded = lisan::indexer::decode_text(bytes, forced, (data[0] & 0x80) != 0))
    require_utf8(decoded->text, "decode_text");
  if (!forced.empty()) {
    std::istringstream source{std::string(bytes), std::ios::binary};
    try {
      lisan::indexer::DecodingStreambuf buf(source, std::string(forced));
      std::istream in(&buf);
      const std::string out{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
      require_utf8(out, "DecodingStreambuf");
    } catch (const lisan::Error&) {
      // no converter for the name: allowed
    }
  }
  return 0;
}
