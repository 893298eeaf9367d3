// The data the campaign views (issue 6) work on: the matches of a query (or
// the whole index) and the members of a near-duplicate cluster, each read as
// a small Member (record fields the views show plus the stored cluster id).
//
// Thread safety: functions of their arguments; a Xapian::Database is not
// shared between threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <xapian.h>

#include "lisan/record.h"

namespace lisan::query::campaign {

struct Member {
  Xapian::docid docid = 0;
  std::string cluster;   // schema::kClusterSlot ("" = none)
  std::string day;       // YYYYMMDD UTC ("" = undated)
  Record record;
};

Member read_member(const Xapian::Document& doc, Xapian::docid docid);

// Every document matching the plan's query (query_plan.h: words, --lang,
// --exact, --fold, --any, --since/--until), in docid order.
std::vector<Xapian::docid> matching_docids(const Xapian::Database& db, const Xapian::Query& query);

// The documents of cluster `id`, oldest first (undated last, then by id);
// with `within`, only those that match it too (a plan's query).
std::vector<Member> cluster_members(const Xapian::Database& db, const std::string& id,
                                    const Xapian::Query& within = {});

// The cluster id of the document with this record id, if it has one.
std::optional<std::string> cluster_of_record(const Xapian::Database& db, const std::string& record_id);

// Oldest first; undated last; ties by record id.
void sort_by_date(std::vector<Member>& members);

// "20210924" -> "2021-09-24".
std::string iso_day(const std::string& yyyymmdd);

}  // namespace lisan::query::campaign
