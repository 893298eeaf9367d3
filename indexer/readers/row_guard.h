// The guard of a reader's record loop (issue 17: nothing lost, nothing
// silently wrong). Hostile input finds exceptions in code that maps cells to
// a Record -- nlohmann's dump() of a key with invalid UTF-8, std::stoll on
// 30 digits, an at() past the end -- and one bad cell must not end the run
// and lose every other record. So a reader builds each record inside
// guarded_record(): an exception becomes a rejected record at FILE:LINE with
// its reason, and the loop goes on. The record is accepted outside the guard,
// so an error of the index itself (sink.accept) is not mistaken for a bad row.
//
// guarded_input() is the same for a whole input: anything but lisan::Error
// (which the index run reports as a failed input) is turned into one, naming
// the file, so a header nobody could read ends that file only.
//
// Usage:
//   while (rows.next(sink))
//     if (auto r = guarded_record(sink, rows.where(), rows.raw(), [&] { return map(rows); }))
//       sink.accept(std::move(*r));
// where map() returns std::optional<Record> (nullopt: it rejected the row
// itself).
#pragma once

#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "indexer/readers/reader.h"
#include "lisan/core/error.h"
#include "lisan/record.h"

namespace lisan::indexer {

// The reason a reject names for an exception: its what() with a prefix that
// says the row, not lisan, is at fault.
std::string exception_reason(const std::exception* e);

// `build` returns std::optional<T> (usually T = Record; nullopt when it
// rejected the row itself); so does guarded_record, nullopt on an exception.
template <typename F>
auto guarded_record(RecordSink& sink, const Location& where, std::string_view raw, F&& build) -> decltype(build()) {
  try {
    return std::forward<F>(build)();
  } catch (const std::exception& e) {
    sink.reject(where, exception_reason(&e), raw);
  } catch (...) {
    sink.reject(where, exception_reason(nullptr), raw);
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
    throw Error(path + ": " + exception_reason(&e) + "; input not read to the end");
  } catch (...) {
    throw Error(path + ": " + exception_reason(nullptr) + "; input not read to the end");
  }
}

}  // namespace lisan::indexer
