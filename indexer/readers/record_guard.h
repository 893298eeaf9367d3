// GuardedSink: the one guard every JSON-family reader maps its records
// through, so that no value in a record can end the run. record() runs the
// mapping of one input record (a line, a message, a status); any
// std::exception it throws (nlohmann type_error / out_of_range, std::stoll's
// out_of_range, length_error, bad_alloc...) becomes a rejected record at that
// record's location, with the reason and the raw text, and the reader goes on
// with the next one. lisan::Error still stops the input: it means the input
// as a whole cannot be read (or the index cannot be written).
//
// Every record accepted through it is also checked: a date or edit time
// outside the years 0001..9999 is rejected rather than stored wrong.
//
// Wraps the run's sink for one input; not thread-safe.
#pragma once

#include <exception>
#include <string>
#include <string_view>
#include <utility>

#include "indexer/readers/reader.h"
#include "lisan/core/error.h"

namespace lisan::indexer {

// "cannot read this record: type must be string, but is number" and the like.
std::string describe_exception(const std::exception& e);

class GuardedSink : public RecordSink {
 public:
  explicit GuardedSink(RecordSink& inner) : inner_(inner) {}

  // Runs `map` (which hands its records to this sink) for the input record
  // at `where`, whose text is `raw` (kept only for the call).
  template <typename Map>
  void record(const Location& where, std::string_view raw, Map&& map) {
    raw_ = raw;
    try {
      std::forward<Map>(map)();
    } catch (const Error&) {
      raw_ = {};
      throw;
    } catch (const std::exception& e) {
      inner_.reject(where, describe_exception(e), raw);
    }
    raw_ = {};
  }

  void accept(Record&& record) override;
  void reject(const Location& where, const std::string& reason, std::string_view raw) override {
    inner_.reject(where, reason, raw);
  }
  void skip(const Location& where, const std::string& reason) override { inner_.skip(where, reason); }
  bool stopping() const override { return inner_.stopping(); }

 private:
  RecordSink& inner_;
  std::string_view raw_;  // the input record being mapped, for rejects at accept()
};

}  // namespace lisan::indexer
