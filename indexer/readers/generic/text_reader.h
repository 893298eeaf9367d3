// TextReader: one plain-text file is one record (docs/input-formats.md §5.3); the index
// run walks directories and calls it per file.
//
// - Encoding: a BOM (UTF-8, UTF-16) wins, then valid UTF-8, then --encoding,
//   then ICU's detection among single-byte code pages (windows-1256,
//   windows-1254, ISO-8859-9, windows-1252, ...). What was used is kept in the
//   record's meta ("encoding", and "encoding_detected" with ICU's confidence)
//   so a reader of the index can see that a guess was made.
//   A file mixing UTF-8 lines and legacy lines is decoded line by line, each
//   as what it is, with one warning naming the legacy lines (decode.h).
// - CRLF and CR become LF. A NUL byte in the first 8 KB (without a UTF-16
//   BOM) or a known binary signature (PNG, zip, PDF, ...) marks a binary
//   file: skipped with the reason, not indexed.
// - id: "text:" + the path relative to the directory given (base_dir), with
//   forward slashes, in NFC. title: the first non-empty line when it is at
//   most 120 characters and a blank line follows. No date (a file's mtime
//   changes on copy). lang: detected by the analyzer, or with --lang-from-dir
//   from the nearest directory named like a language code (udhr/ar/...).
// - A file larger than kMaxPartBytes is split at paragraph boundaries into
//   records "<id>#p1", "<id>#p2", ... so one hit does not stand for a book.
//
// One reader per thread. Memory holds one file.
#pragma once

#include <cstddef>

#include "indexer/readers/reader.h"

namespace lisan::indexer {

class TextReader : public Reader {
 public:
  static constexpr std::size_t kMaxPartBytes = 256 * 1024;

  explicit TextReader(ReaderOptions options) : options_(std::move(options)) {}
  void read(const std::string& path, RecordSink& sink) override;

 private:
  void read_text(const std::string& path, RecordSink& sink) const;
  ReaderOptions options_;
};

// The title rule of 5.3 on normalized (LF) text: the first non-empty line if
// it is at most 120 characters and followed by a blank line, else "".
std::string text_title(std::string_view text);

// The language a relative path names with a directory such as "ar" or
// "nl-NL" (nearest to the file first), "" when none does.
std::string lang_from_path(std::string_view relative_path);

}  // namespace lisan::indexer
