#include "query/searcher.h"

#include "lisan/schema.h"
#include "lisan/store/index_store.h"

namespace lisan::query {

Searcher::Searcher(Xapian::Database db) : db_(std::move(db)) {}

Hit Searcher::make_hit(const Xapian::Document& doc) const {
  Hit hit;
  hit.docid = doc.get_docid();
  hit.record = store::stored_record(doc);
  const nlohmann::json data = nlohmann::json::parse(doc.get_data(), nullptr, /*allow_exceptions=*/false);
  if (data.is_object() && data.contains("analysis")) hit.analysis = data["analysis"];
  return hit;
}

SearchResult Searcher::search(const SearchRequest& request) const {
  SearchResult result;
  if (request.query.empty()) return result;
  Xapian::Enquire enquire(db_);
  enquire.set_query(request.query);
  switch (request.sort) {
    case SortOrder::kRelevance:
      // Ties by docid ascending (Xapian's default), so output is deterministic.
      break;
    case SortOrder::kDateAscending:
      enquire.set_sort_by_value_then_relevance(schema::kDateSlot, /*reverse=*/false);
      break;
    case SortOrder::kDateDescending:
      enquire.set_sort_by_value_then_relevance(schema::kDateSlot, /*reverse=*/true);
      break;
  }
  const Xapian::MSet mset = enquire.get_mset(request.offset, request.limit, request.check_at_least);
  result.estimated = mset.get_matches_estimated();
  result.lower_bound = mset.get_matches_lower_bound();
  result.upper_bound = mset.get_matches_upper_bound();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Hit hit = make_hit(it.get_document());
    hit.rank = static_cast<Xapian::doccount>(it.get_rank()) + 1;
    hit.weight = it.get_weight();
    hit.percent = it.get_percent();
    result.hits.push_back(std::move(hit));
  }
  return result;
}

std::optional<Hit> Searcher::find_by_id(const std::string& id) const {
  const std::string term = schema::id_term(id);
  Xapian::PostingIterator p = db_.postlist_begin(term);
  if (p == db_.postlist_end(term)) return std::nullopt;
  Hit hit = make_hit(db_.get_document(*p));
  hit.rank = 1;
  return hit;
}

}  // namespace lisan::query
