// CsvReader: a streaming RFC 4180 record parser shared by every CSV-based
// reader (generic CSV/TSV, 4CAT, DMI-TCAT, twarc-csv, telegram-tracker).
// It turns bytes into records of fields and knows nothing of headers,
// columns or encodings; the readers map fields to Record fields.
//
// What it handles (docs/input-formats.md §5.2): a UTF-8 BOM at the start; fields quoted
// with '"' and "" for a quote inside; separators, newlines (LF, CRLF, CR)
// inside quotes; CRLF, LF or a lone CR between records; a last record without
// a line end. Each record comes with the 1-based line and the byte offset
// where it starts, so a reader can report FILE:LINE. Blank lines between
// records are skipped (they are not records). Bytes are passed through as
// they are: no trimming, no encoding check, CRLF inside a quoted field stays
// CRLF.
//
// Lenient like Python's csv module where RFC 4180 is broken: a quote inside
// an unquoted field is kept as a character, and text after a closing quote is
// appended to the field -- on one line.
//
// Unbalanced quotes (issue 17). A '"' missing in one cell makes the rest of
// the file one quoted field, merging rows silently (wrong author, wrong
// date) or swallowing thousands. Policy: a quoted field that runs over a
// line end is trusted only while it looks like a cell. It is taken as an
// unbalanced quote when
//   - the file ends inside it,
//   - its closing quote is followed by text (not a separator or line end),
//   - its row ends with a number of cells other than expect_fields(), or
//   - the record grows past kMaxRecordBytes while inside it.
// Then the record's lines up to the first line end inside that field are
// given back as one record with problem() set (naming the line where the
// quote opened), and parsing starts again on the next line: the bytes after
// that line end are parsed again, so every line is either in a record or in
// a reported one. Memory for this is bounded by kMaxRecordBytes.
//
// Size: a record over kMaxRecordBytes on its lines (no open quote across a
// line end) is read to its end without keeping its fields, and returned with
// problem() set and no fields: memory stays bounded by a 50 MB line.
//
// Why not Debian's libcsv: it is push/callback based (the caller would have
// to buffer whole records to offer next()), it reports neither the line nor
// the offset where a record starts, and it trims spaces of unquoted fields
// unless told otherwise. The state machine below is about 100 lines.
//
// Usage:
//   std::ifstream in(path, std::ios::binary);
//   std::string head = read_head(...);               // first KBs of the file
//   lisan::indexer::CsvReader csv(in, lisan::indexer::sniff_dialect(head));
//   std::vector<std::string> fields;
//   std::uint64_t line = 0;
//   while (csv.next(fields, line)) { if (!csv.problem().empty()) ...; }
//
// Memory grows with the longest record only. Not thread-safe; one reader per
// stream. The stream must be opened in binary mode.
#pragma once

#include <cstdint>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace lisan::indexer {

struct CsvDialect {
  char separator = ',';
  char quote = '"';
};

// Chooses the separator among ',' ';' '\t' '|' by counting each in the first
// line of `head` (the first bytes of the file, a BOM allowed) outside quotes;
// the most frequent wins, ties in that order, ',' when none occurs. Quoted
// newlines in the header are followed (the "first line" is the first record).
CsvDialect sniff_dialect(std::string_view head);

// The first `max_bytes` bytes of a file ("" when it cannot be read), for
// sniff_dialect() and encoding checks.
std::string read_head(const std::string& path, std::size_t max_bytes = 64 * 1024);

// The index of the first cell holding a NUL byte, or fields.size(): text
// cells never do, so such a row is binary data, rejected by the readers.
std::size_t nul_cell(const std::vector<std::string>& fields);

class CsvReader {
 public:
  explicit CsvReader(std::istream& in, CsvDialect dialect = {});

  // Reads the next record into `fields` (replacing its contents) and its
  // 1-based starting line into `line`. Returns false at the end of input.
  bool next(std::vector<std::string>& fields, std::uint64_t& line);

  // Byte offset (from the start of the stream, BOM included) where the last
  // record returned by next() starts.
  std::uint64_t offset() const { return record_offset_; }
  // "" when the last record was well formed; otherwise why it is not (e.g.
  // the file ends inside a quoted field that opened on line N).
  const std::string& problem() const { return problem_; }
  // The bytes of the last record as in the file (without its line end), cut
  // at kMaxRawBytes: what --rejects writes for a bad row.
  const std::string& raw() const { return raw_; }
  // True when the underlying stream failed (not just ended).
  bool bad() const { return in_.bad(); }
  // The number of cells a row should have (the header's), for the
  // unbalanced-quote check; 0 (the default) = not checked.
  void expect_fields(std::size_t n) { expected_fields_ = n; }

  static constexpr std::size_t kMaxRawBytes = 64 * 1024;
  // Largest record kept (all its bytes): 1 MiB is ~150,000 words, far more
  // than any post; analysing one costs tens of MB.
  static constexpr std::size_t kMaxRecordBytes = 1024 * 1024;

 private:
  int get();   // next byte, or -1 at the end
  int peek();  // the byte get() would return, not consumed
  bool fill();
  // Gives the record back from its first line end inside a quoted field on
  // (see "Unbalanced quotes"); `why` becomes problem().
  bool resync(std::vector<std::string>& fields, std::string why);

  std::istream& in_;
  CsvDialect dialect_;
  std::vector<char> buffer_;
  std::size_t pos_ = 0;
  std::size_t end_ = 0;
  std::uint64_t consumed_ = 0;  // bytes taken by get() so far
  std::uint64_t line_ = 1;      // line of the next byte
  bool started_ = false;        // BOM check done
  std::uint64_t record_offset_ = 0;
  std::string problem_;
  std::string raw_;
  std::size_t expected_fields_ = 0;
  // Bytes consumed since the first line end inside a quoted field of the
  // current record (what resync() parses again), where they start, and
  // the line of the quote that opened that field.
  bool tail_on_ = false;
  std::string tail_;
  std::uint64_t tail_offset_ = 0;
  std::uint64_t tail_line_ = 0;
  std::uint64_t span_quote_line_ = 0;
};

}  // namespace lisan::indexer
