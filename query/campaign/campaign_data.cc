#include "query/campaign/campaign_data.h"

#include <algorithm>

#include <fmt/format.h>

#include "lisan/analysis/analyzer.h"
#include "lisan/core/error.h"
#include "lisan/date.h"
#include "lisan/schema.h"
#include "lisan/store/index_store.h"
#include "query/query_builder.h"
#include "query/query_parser.h"

namespace lisan::query::campaign {

Member read_member(const Xapian::Document& doc) {
  Member m;
  m.docid = doc.get_docid();
  m.cluster = doc.get_value(schema::kClusterSlot);
  m.day = doc.get_value(schema::kDaySlot);
  m.record = store::stored_record(doc);
  return m;
}

std::vector<Xapian::docid> matching_docids(const Xapian::Database& db, const std::string& query_text,
                                           const std::string& since, const std::string& until) {
  Xapian::Query query = Xapian::Query::MatchAll;
  if (!query_text.empty()) {
    ParsedQuery parsed = parse_query(query_text, ParseOptions{});
    if (!parsed.ok()) throw UsageError("cannot parse query: " + parsed.error->to_string(query_text));
    if (parsed.root) {
      analysis::Analyzer analyzer;
      QueryBuilder builder(analyzer, BuildOptions{});
      BuiltQuery built = builder.build(*parsed.root);
      if (!built.ok()) throw UsageError("cannot use query: " + built.error);
      query = built.query;
    }
  }
  std::string first, last, ignored;
  if (!since.empty() && !day_bounds(since, first, ignored))
    throw UsageError(fmt::format("--since {}: not a date; use YYYY, YYYY-MM or YYYY-MM-DD", since));
  if (!until.empty() && !day_bounds(until, ignored, last))
    throw UsageError(fmt::format("--until {}: not a date; use YYYY, YYYY-MM or YYYY-MM-DD", until));
  if (!since.empty() || !until.empty()) {
    const Xapian::Query dates = since.empty()   ? Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kDaySlot, last)
                                : until.empty() ? Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kDaySlot, first)
                                                : Xapian::Query(Xapian::Query::OP_VALUE_RANGE, schema::kDaySlot, first, last);
    query = Xapian::Query(Xapian::Query::OP_FILTER, query, dates);
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
  std::vector<Xapian::docid> out;
  out.reserve(mset.size());
  for (auto it = mset.begin(); it != mset.end(); ++it) out.push_back(*it);
  return out;
}

void sort_by_date(std::vector<Member>& members) {
  std::sort(members.begin(), members.end(), [](const Member& a, const Member& b) {
    const bool ad = a.record.date.has_value(), bd = b.record.date.has_value();
    if (ad != bd) return ad;
    if (ad && *a.record.date != *b.record.date) return *a.record.date < *b.record.date;
    return a.record.id < b.record.id;
  });
}

std::vector<Member> cluster_members(const Xapian::Database& db, const std::string& id) {
  std::vector<Member> out;
  const std::string term = schema::cluster_term(id);
  for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) out.push_back(read_member(db.get_document(*p)));
  sort_by_date(out);
  return out;
}

std::optional<std::string> cluster_of_record(const Xapian::Database& db, const std::string& record_id) {
  const std::string term = schema::id_term(record_id);
  auto p = db.postlist_begin(term);
  if (p == db.postlist_end(term)) return std::nullopt;
  std::string c = db.get_document(*p).get_value(schema::kClusterSlot);
  if (c.empty()) return std::nullopt;
  return c;
}

std::string iso_day(const std::string& d) {
  if (d.size() != 8) return d;
  return d.substr(0, 4) + "-" + d.substr(4, 2) + "-" + d.substr(6, 2);
}

}  // namespace lisan::query::campaign
