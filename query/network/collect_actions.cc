#include "query/network/collect_actions.h"

#include <cmath>

#include "lisan/core/error.h"
#include "lisan/schema.h"

namespace lisan::query::network {
namespace {

// Matches per MSet: with BoolWeight and docid order Xapian stops a match
// once it has offset + page documents, so the pages together cost about
// matches² / (2 page) posting entries (10^6 matches: 10^7, a fraction of a
// second) and hold one page of docids at a time.
constexpr Xapian::doccount kPage = 50000;

}  // namespace

CollectStats collect_actions(const Xapian::Database& db, const Xapian::Query& query, NetworkKind kind,
                             ActionTable& table) {
  CollectStats stats;
  if (query.empty()) return stats;
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  enquire.set_docid_order(Xapian::Enquire::ASCENDING);
  try {
    for (Xapian::doccount offset = 0;; offset += kPage) {
      const Xapian::MSet page = enquire.get_mset(offset, kPage);
      for (auto it = page.begin(); it != page.end(); ++it) {
        ++stats.matches;
        const Xapian::Document doc = it.get_document();
        const std::string date = doc.get_value(schema::kDateSlot);
        if (date.empty()) {
          ++stats.undated;
          continue;
        }
        std::string account = doc.get_value(schema::kAuthorSlot);
        if (account.empty()) account = doc.get_value(schema::kChannelSlot);
        if (account.empty()) {
          ++stats.no_account;
          continue;
        }
        const std::vector<std::string> items = document_items(kind, doc);
        if (items.empty()) {
          ++stats.no_item;
          continue;
        }
        const auto time = static_cast<std::int64_t>(std::llround(Xapian::sortable_unserialise(date)));
        const std::uint32_t who = table.intern_account(doc.get_value(schema::kSourceSlot), account);
        for (const std::string& item : items) {
          table.add(who, table.intern_item(item), time);
          ++stats.actions;
        }
      }
      if (page.size() < kPage) break;
    }
  } catch (const Xapian::DatabaseModifiedError&) {
    throw Error("the index changed while the network was read (a lisan-index run committed): run it again");
  }
  return stats;
}

}  // namespace lisan::query::network
