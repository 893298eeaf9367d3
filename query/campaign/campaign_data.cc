#include "query/campaign/campaign_data.h"

#include <algorithm>

#include "lisan/schema.h"
#include "lisan/store/index_store.h"

namespace lisan::query::campaign {

Member read_member(const Xapian::Document& doc, Xapian::docid docid) {
  Member m;
  m.docid = docid;  // the combined database's (get_docid() is a shard's own)
  m.cluster = doc.get_value(schema::kClusterSlot);
  m.day = doc.get_value(schema::kDaySlot);
  m.record = store::stored_record(doc);
  return m;
}

std::vector<Xapian::docid> matching_docids(const Xapian::Database& db, const Xapian::Query& query) {
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

std::vector<Member> cluster_members(const Xapian::Database& db, const std::string& id, const Xapian::Query& within) {
  std::vector<Member> out;
  const std::string term = schema::cluster_term(id);
  if (within.empty()) {
    for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p) out.push_back(read_member(db.get_document(*p), *p));
  } else {
    for (Xapian::docid did : matching_docids(db, Xapian::Query(Xapian::Query::OP_FILTER, Xapian::Query(term), within)))
      out.push_back(read_member(db.get_document(did), did));
  }
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
