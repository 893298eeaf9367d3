// The guards of a reader's record loop, so that no value in an input can end
// the run and lose every other record. Hostile input finds exceptions in the
// code that maps a record (nlohmann type_error / out_of_range, std::stoll's
// out_of_range, dump() of invalid UTF-8, length_error, bad_alloc...); each
// becomes a rejected record at that record's location, with the reason and
// the raw text, and the reader goes on with the next one.
//
// Two shapes, for the two kinds of reader loop:
//  - GuardedSink::record() for the JSON-family readers, whose mapping hands
//    records to the sink itself (one status may give a tweet and its quoted
//    tweet). lisan::Error still stops the input there: it means the input as
//    a whole cannot be read (or the index cannot be written).
//  - guarded_record() for row readers (CSV, HTML), whose mapping returns
//    std::optional<Record>; the record is accepted outside the guard, so an
//    error of the index itself is never mistaken for a bad row:
//      while (rows.next(sink))
//        if (auto r = guarded_record(sink, rows.where(), rows.raw(), [&] { return map(rows); }))
//          sink.accept(std::move(*r));
//  - guarded_input() turns anything but lisan::Error escaping a whole input
//    into a failed input naming the file, so a header nobody could read ends
//    that file only.
//
// The date range and the other checks every record must pass are not here but
// in indexer/record_check.h, which holds for every reader.
//
// Not thread-safe; a GuardedSink wraps the run's sink for one input.
#pragma once

#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "indexer/readers/reader.h"
#include "lisan/core/error.h"

namespace lisan::indexer {

// "cannot read this record: type must be string, but is number" and the like.
std::string describe_exception(const std::exception& e);
// The same for an exception that is not a std::exception.
std::string describe_unknown_exception();

class GuardedSink : public RecordSink {
 public:
  explicit GuardedSink(RecordSink& inner) : inner_(inner) {}

  // Runs `map` (which hands its records to this sink) for the input record
  // at `where`, whose text is `raw` (kept only for the call).
  template <typename Map>
  void record(const Location& where, std::string_view raw, Map&& map) {
    try {
      std::forward<Map>(map)();
    } catch (const Error&) {
      throw;
    } catch (const std::exception& e) {
      inner_.reject(where, describe_exception(e), raw);
    } catch (...) {
      inner_.reject(where, describe_unknown_exception(), raw);
    }
  }

  void accept(Record&& record) override { inner_.accept(std::move(record)); }
  void reject(const Location& where, const std::string& reason, std::string_view raw) override {
    inner_.reject(where, reason, raw);
  }
  void reject_quietly(const Location& where, const std::string& reason, std::string_view raw) override {
    inner_.reject_quietly(where, reason, raw);
  }
  void skip(const Location& where, const std::string& reason) override { inner_.skip(where, reason); }
  void note(const Location& where, Severity severity, const std::string& message) override {
    inner_.note(where, severity, message);
  }
  bool stopping() const override { return inner_.stopping(); }

 private:
  RecordSink& inner_;
};

// `build` returns std::optional<T> (usually T = Record; nullopt when it
// rejected the row itself); so does guarded_record, nullopt on an exception.
// Unlike GuardedSink::record, a lisan::Error here rejects the row too: a row
// mapping throws it for a bad cell, never for the input as a whole.
template <typename F>
auto guarded_record(RecordSink& sink, const Location& where, std::string_view raw, F&& build) -> decltype(build()) {
  try {
    return std::forward<F>(build)();
  } catch (const std::exception& e) {
    sink.reject(where, describe_exception(e), raw);
  } catch (...) {
    sink.reject(where, describe_unknown_exception(), raw);
  }
  return {};
}

template <typename F>
void guarded_input(const std::string& path, F&& read) {
  try {
    std::forward<F>(read)();
  } catch (const Error&) {
    throw;
  } catch (const std::exception& e) {
    throw Error(path + ": " + describe_exception(e) + "; input not read to the end");
  } catch (...) {
    throw Error(path + ": " + describe_unknown_exception() + "; input not read to the end");
  }
}

}  // namespace lisan::indexer
