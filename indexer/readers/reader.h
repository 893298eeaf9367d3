// Reader: turns one input (a file, or "-" for stdin) into Records. A reader
// never touches the index and never stops at a bad record: it hands every
// record it read to the sink, as accepted, rejected (with where and why) or
// skipped by a flag, so that the run's summary adds up.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lisan/core/diagnostics.h"
#include "lisan/record.h"

namespace lisan::indexer {

struct ReaderOptions {
  std::string assumed_zone;   // --tz: IANA zone for naive times ("" = UTC, recorded as assumed)
  std::string encoding;       // --encoding for legacy text ("" = detect / UTF-8)
  bool skip_service = false;  // --skip-service: drop Telegram service messages (counted as skipped)
  std::string base_dir;       // the directory argument a file was found under ("" = none); text/HTML ids
  std::vector<std::pair<std::string, std::string>> column_map;  // --map field=column (CSV)
  std::string date_format;    // --date-format: strptime pattern for non-ISO dates (CSV), e.g. %d/%m/%Y %H:%M
  bool lang_from_dir = false;  // --lang-from-dir: a directory named like a language code (udhr/ar/...) gives lang
};

class RecordSink {
 public:
  virtual ~RecordSink() = default;
  // A good record. Its provenance is filled in by the reader.
  virtual void accept(Record&& record) = 0;
  // A record that could not be used; `raw` is its text when there is one
  // (written to --rejects), possibly cut.
  virtual void reject(const Location& where, const std::string& reason, std::string_view raw) = 0;
  // A record left out on purpose by an option (e.g. --skip-service).
  virtual void skip(const Location& where, const std::string& reason) = 0;
  // A record rejected for a reason already reported once for its input (e.g.
  // every row of a CSV whose date order is ambiguous): counted and written to
  // --rejects like reject(), but not printed again.
  virtual void reject_quietly(const Location& where, const std::string& reason, std::string_view raw) {
    reject(where, reason, raw);
  }
  // A message about an input rather than one record (an inferred date order,
  // lines in another encoding), said once. Dropped by default.
  virtual void note(const Location& where, Severity severity, const std::string& message) {
    (void)where, (void)severity, (void)message;
  }
  // True when the run was asked to stop (SIGINT): readers return early.
  virtual bool stopping() const { return false; }
};

class Reader {
 public:
  virtual ~Reader() = default;
  // Reads all records of `path`. Throws lisan::Error only when the input as a
  // whole cannot be read (missing file, unreadable directory).
  virtual void read(const std::string& path, RecordSink& sink) = 0;
};

// The base of readers that keep the run's options (most of them).
class OptionsReader : public Reader {
 public:
  explicit OptionsReader(ReaderOptions options) : options_(std::move(options)) {}

 protected:
  ReaderOptions options_;
};

// The readers by format name ("jsonl", ...); nullptr for an unknown name.
// indexer/readers/registry.cc is the only list of readers.
std::unique_ptr<Reader> make_reader(std::string_view format, const ReaderOptions& options);

// Format names make_reader() knows, comma-separated, for --help and errors.
std::string reader_formats();

}  // namespace lisan::indexer
