// Reading an index while lisan-index writes it.
//
// A Xapian reader sees the revision it opened. A writer may commit while it
// reads; after the writer's second commit the blocks of that revision can be
// reused, and the reader gets Xapian::DatabaseModifiedError in the middle of
// a search. The answer is to reopen (at the newest revision) and do the read
// again: with_reopen() does that, a few times, so a query run during an
// indexing run answers from one consistent revision instead of failing.
// Measured in tests/e2e/fault_injection_test.cc: a reader overtaken by
// commits also gets DatabaseCorruptError ("Expected block N to be level 1,
// not 0"; 2 of 210 queries) from blocks reused under it, while the index is
// sound (xapian-check passes). That is retried the same way; an index that
// is really corrupt fails every attempt and the error goes through.
// (A directory swap after compaction needs nothing: a reader keeps the files
// it opened, which stay readable until it closes them.)
#pragma once

#include <xapian.h>

namespace lisan::store {

// Calls `read()` and returns its result; on DatabaseModifiedError (or
// DatabaseCorruptError, see above) reopens
// `db` (every copy of a Xapian::Database shares the reopen) and calls it
// again, at most `attempts` times in all, then lets the error through.
// `read` must have no effect beyond its result (it may run more than once).
template <typename Read>
auto with_reopen(Xapian::Database& db, Read&& read, int attempts = 5) -> decltype(read()) {
  for (int attempt = 1;; ++attempt) {
    try {
      return read();
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= attempts) throw;
      db.reopen();
    } catch (const Xapian::DatabaseCorruptError&) {
      if (attempt >= attempts) throw;
      db.reopen();
    }
  }
}

// The same for a read that opens its own databases (a whole query run: its
// index summary, wildcard counts, search with facet spies, snippets): on
// DatabaseModifiedError or DatabaseCorruptError `read()` is called again from
// the start, at most `attempts` times in all, so nothing half-counted by the
// failed attempt is kept.
template <typename Read>
auto with_fresh_reads(Read&& read, int attempts = 5) -> decltype(read()) {
  for (int attempt = 1;; ++attempt) {
    try {
      return read();
    } catch (const Xapian::DatabaseModifiedError&) {
      if (attempt >= attempts) throw;
    } catch (const Xapian::DatabaseCorruptError&) {
      if (attempt >= attempts) throw;
    }
  }
}

}  // namespace lisan::store
