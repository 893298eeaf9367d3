// Decoding of input bytes into UTF-8 for the readers of text-like files
// (plain text, HTML, CSV): BOMs, UTF-16, and the legacy single-byte code
// pages that Arabic, Turkish and Dutch material still arrives in
// (windows-1256 / ISO-8859-6, windows-1254 / ISO-8859-9, windows-1252).
// Conversion is ICU's (ucnv); detection is ICU's charset detector (ucsdet),
// limited to single-byte code pages, and is only used where the spec allows a
// guess (plain text, HTML without a declared charset), never for CSV
// (docs/input-formats.md §5.2: do not guess quietly).
//
// Every function is stateless and thread-safe; DecodingStreambuf is one
// object per stream, not thread-safe.
#pragma once

#include <cstdint>
#include <istream>
#include <memory>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "lisan/core/result.h"

namespace lisan::indexer {

// All bytes of an input file ("-" = standard input), for readers that take
// a file as one record (text, HTML). Throws lisan::Error when it cannot be read.
std::string read_input_bytes(const std::string& path);

// Canonical, lower-case name of an encoding a user named with --encoding:
// "cp1256" -> "windows-1256", "latin1" -> "iso-8859-1", "utf8" -> "utf-8".
// Fails with a message listing common names when ICU does not know it.
Result<std::string> canonical_encoding(std::string_view name);

// True for "utf-8" (any spelling canonical_encoding accepts).
bool is_utf8_name(std::string_view canonical_name);

// Byte offset of the first byte that is not part of valid UTF-8 in `bytes`,
// or std::string_view::npos when all of it is valid. A sequence cut off at
// the very end counts as valid when `allow_cut_end` (a head of a file).
std::size_t first_invalid_utf8(std::string_view bytes, bool allow_cut_end = false);

// The encoding a BOM at the start of `bytes` announces ("utf-8", "utf-16le",
// "utf-16be") and its length through `bom_bytes`; "" when there is none.
std::string bom_encoding(std::string_view bytes, std::size_t* bom_bytes = nullptr);

// Converts `bytes` in `encoding` (a name ICU knows) to UTF-8. Bytes the code
// page does not map become U+FFFD; their number goes to `replaced` when given.
Result<std::string> to_utf8(std::string_view bytes, std::string_view encoding, int* replaced = nullptr);

// ICU's best guess among single-byte code pages for legacy (non-UTF-8)
// bytes, e.g. "windows-1256", "iso-8859-9"; "" when it has none.
// `confidence` (0-100) is ICU's. `markup`: ignore <tags> (HTML).
std::string detect_legacy_encoding(std::string_view bytes, int* confidence = nullptr, bool markup = false);

// --encoding as given by the user, canonical; "" when not given. Throws
// lisan::UsageError ("--encoding: unknown encoding ...") for a name ICU
// does not know, so every reader says the same.
std::string forced_encoding(std::string_view option_value);

// The charset chain every text-like reader uses, in this order: a BOM; the
// charset the document declares (HTML <meta>); valid UTF-8 (unless the bytes
// are pure ASCII and --encoding names another); --encoding; ICU's guess when
// the format allows one (plain text, HTML: never CSV, docs/input-formats.md §5.2).
struct CharsetRule {
  std::string_view forced;    // --encoding, canonical ("" = not given)
  std::string_view declared;  // the document's own declaration, canonical ("" = none)
  bool allow_detect = false;  // a legacy code page may be guessed
  bool markup = false;        // the guess ignores <tags>
  bool head_only = false;     // the bytes are a file's head: a sequence cut at their end is valid
};

struct CharsetChoice {
  std::string encoding;        // canonical name
  std::size_t bom_bytes = 0;   // the BOM's length when a BOM decided
  bool detected = false;       // guessed (ucsdet)
  int confidence = 0;          // ucsdet confidence when detected
};

// Fails when nothing in the chain decides (not UTF-8, no --encoding, no
// guess), saying which option to use.
Result<CharsetChoice> choose_charset(std::string_view bytes, const CharsetRule& rule);

// Why the head of a file (its first KBs) is binary data, not text: "" for
// text; else e.g. "binary file (a PNG image)" or "binary file (40 control
// bytes, 12 of them NUL, in its first 300 bytes)". A text file with a stray
// NUL is text. UTF-16 text (BOM-marked) is text.
std::string binary_file_reason(std::string_view head);

struct DecodedText {
  std::string text;       // UTF-8, BOM removed
  std::string encoding;   // canonical name of what the bytes were in
  bool detected = false;  // the encoding was guessed (ucsdet), not known
  int confidence = 0;     // ucsdet confidence when detected
  int replaced = 0;       // bytes that could not be converted (now U+FFFD)
  // Mixed files (issue 17): UTF-8 lines and legacy lines in one file, e.g.
  // a UTF-8 file appended to a cp1256 one. Each line is decoded as what it
  // is (`encoding` is the legacy lines'); these say which, for a warning.
  std::uint64_t utf8_lines = 0;     // lines with non-ASCII UTF-8, kept as they are
  std::uint64_t legacy_lines = 0;   // lines that are not UTF-8, read in `encoding`
  std::vector<std::uint64_t> legacy_line_numbers;  // the first few, 1-based
  bool mixed() const { return utf8_lines > 0 && legacy_lines > 0; }
};

// Decodes a whole text file: a BOM wins; then valid UTF-8; then `forced`
// (--encoding, canonical) when given; then detection (when `allow_detect`);
// otherwise fails saying which option to use.
Result<DecodedText> decode_text(std::string_view bytes, std::string_view forced, bool allow_detect);

// A read-only streambuf that converts another stream from `encoding` to
// UTF-8 chunk by chunk, so a large legacy CSV streams like a UTF-8 one.
// Unmappable bytes become U+FFFD and are counted.
class DecodingStreambuf : public std::streambuf {
 public:
  // Throws lisan::Error when ICU has no converter for `encoding`.
  DecodingStreambuf(std::istream& source, const std::string& encoding);
  ~DecodingStreambuf() override;
  DecodingStreambuf(const DecodingStreambuf&) = delete;
  DecodingStreambuf& operator=(const DecodingStreambuf&) = delete;

  int replaced() const { return replaced_; }

 protected:
  int_type underflow() override;

 private:
  struct Converters;
  std::istream& source_;
  std::unique_ptr<Converters> cnv_;
  std::vector<char> in_;
  std::size_t in_begin_ = 0;
  std::size_t in_end_ = 0;
  std::vector<char> out_;
  bool source_done_ = false;
  bool flushed_ = false;
  int replaced_ = 0;
};

}  // namespace lisan::indexer
