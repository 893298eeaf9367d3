#include "query/searcher.h"

#include <algorithm>

#include "lisan/core/error.h"
#include "lisan/schema.h"
#include "lisan/store/index_store.h"
#include "lisan/store/reopen.h"

namespace lisan::query {

Searcher::Searcher(Xapian::Database db)
    : db_(std::move(db)), undated_last_(std::make_shared<Xapian::MultiValueKeyMaker>()) {
  undated_last_->add_value(schema::kDateSlot, /*reverse=*/false, std::string(10, '\xff'));
}

Searcher::Searcher(const store::OpenIndex& index) : Searcher(index.db) {
  shards_ = index.shards;
  missing_ = index.missing;
  remote_ = index.has_remote();
}

Hit Searcher::make_hit(const Xapian::Document& doc, Xapian::docid docid) const {
  Hit hit;
  // The combined database's docid: over several shards Xapian 1.4's
  // Document::get_docid() is the shard's own (so `similar` took another
  // document as its example).
  hit.docid = docid;
  hit.record = store::stored_record(doc, &hit.analysis);
  hit.cluster = doc.get_value(schema::kClusterSlot);  // issue 6: near-duplicate cluster
  if (!hit.cluster.empty()) hit.cluster_size = db_.get_termfreq(schema::cluster_term(hit.cluster));
  return hit;
}

namespace {

// BM25 without length normalization (b = 0; Xapian's other defaults: k1 = 1,
// k2 = 0, k3 = 1, min_normlen = 0.5): Xapian then never reads a match's length.
Xapian::BM25Weight frequency_weight() { return Xapian::BM25Weight(1, 0, 1, 0, 0.5); }

}  // namespace

namespace {

// Whether Xapian's remote protocol can carry `spy` to a server: xapian-tcpsrv
// knows Xapian's own spies only (a spy travels under its name(); lisan's
// have none, and a server would not know them anyway).
bool travels(const Xapian::MatchSpy& spy) {
  try {
    return spy.name().rfind("Xapian::", 0) == 0;
  } catch (const Xapian::UnimplementedError&) {
    return false;
  }
}

}  // namespace

// Remote shards cannot run a spy they do not know: the matches are listed
// (all of them, no spies) and each is read and given to the spies here.
void Searcher::feed_every_match(const SearchRequest& request, const std::vector<Xapian::MatchSpy*>& spies) const {
  Xapian::Enquire enquire(db_);
  prepare(enquire, request);
  const Xapian::MSet all = enquire.get_mset(0, db_.get_doccount());
  for (auto it = all.begin(); it != all.end(); ++it) {
    const Xapian::Document doc = it.get_document();
    for (Xapian::MatchSpy* spy : spies) (*spy)(doc, it.get_weight());
  }
}

void Searcher::prepare(Xapian::Enquire& enquire, const SearchRequest& request) const {
  enquire.set_query(request.query);
  switch (request.sort) {
    case SortOrder::kRelevance:
      // Ties by docid ascending (Xapian's default), so output is deterministic.
      if (!request.length_normalized) enquire.set_weighting_scheme(frequency_weight());
      break;
    case SortOrder::kDateAscending:
      // Relevance only breaks ties between equal dates, and length
      // normalization there cost two thirds of a date-sorted query at 10^6
      // documents (8.2 -> 2.9 ms for a word in 4,900 of them).
      enquire.set_weighting_scheme(frequency_weight());
      // An undated document has no value, which sorts first: give it a key
      // after every date (sortable_serialise writes at most 9 bytes) so it
      // is listed last, never as the "first" post.
      enquire.set_sort_by_key_then_relevance(undated_last_.get(), /*reverse=*/false);
      break;
    case SortOrder::kDateDescending:
      // Newest first: the empty value of an undated document is already last.
      enquire.set_weighting_scheme(frequency_weight());
      enquire.set_sort_by_value_then_relevance(schema::kDateSlot, /*reverse=*/true);
      break;
  }
}

std::vector<std::string> Searcher::ranked_ids(const SearchRequest& request) const {
  if (request.query.empty()) return {};
  Xapian::Database db = db_;
  return store::with_reopen(db, [&] {
    std::vector<std::string> ids;
    Xapian::Enquire enquire(db);
    prepare(enquire, request);
    const Xapian::MSet mset = enquire.get_mset(0, db.get_doccount());
    const std::string prefix(schema::kIdPrefix);
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      Xapian::TermIterator t = db.termlist_begin(*it);
      t.skip_to(prefix);
      if (t != db.termlist_end(*it) && (*t).compare(0, prefix.size(), prefix) == 0) ids.push_back((*t).substr(prefix.size()));
    }
    return ids;
  });
}

SearchResult Searcher::search(const SearchRequest& request) const {
  // A lisan-index run may commit while we read: reopen and search again
  // (lisan/store/reopen.h). Not with match spies, which would count the
  // first attempt's matches twice.
  Xapian::Database db = db_;  // shares db_'s state: the reopen is db_'s too
  return store::with_reopen(db, [&] { return search_once(request); }, request.spies.empty() ? 5 : 1);
}

SearchResult Searcher::search_once(const SearchRequest& request) const {
  SearchResult result;
  if (request.query.empty()) return result;
  Xapian::Enquire enquire(db_);
  prepare(enquire, request);
  Xapian::doccount check_at_least = request.check_at_least;
  std::vector<Xapian::MatchSpy*> local_only;
  for (Xapian::MatchSpy* spy : request.spies) {
    if (remote_ && !travels(*spy)) local_only.push_back(spy);
    else enquire.add_matchspy(spy);
  }
  if (!request.spies.empty()) check_at_least = std::max(check_at_least, db_.get_doccount());
  const Xapian::MSet mset = enquire.get_mset(request.offset, request.limit, check_at_least);
  if (!local_only.empty()) feed_every_match(request, local_only);
  result.estimated = mset.get_matches_estimated();
  result.lower_bound = mset.get_matches_lower_bound();
  result.upper_bound = mset.get_matches_upper_bound();
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    Hit hit = make_hit(it.get_document(), *it);
    hit.rank = static_cast<Xapian::doccount>(it.get_rank()) + 1;
    hit.weight = it.get_weight();
    hit.percent = it.get_percent();
    result.hits.push_back(std::move(hit));
  }
  return result;
}

Xapian::doccount Searcher::for_each_page(const SearchRequest& request, std::size_t page_size,
                                         const std::function<void(SearchResult& page)>& on_page) const {
  if (request.query.empty()) return 0;
  Xapian::Enquire enquire(db_);
  prepare(enquire, request);
  // Ranked once: get_mset() loads no document, only docids and weights.
  const Xapian::MSet mset = enquire.get_mset(request.offset, db_.get_doccount());
  Xapian::doccount written = 0;
  try {
    auto it = mset.begin();
    while (it != mset.end()) {
      SearchResult page;
      page.estimated = page.lower_bound = page.upper_bound = mset.size();
      for (std::size_t n = 0; n < page_size && it != mset.end(); ++n, ++it) {
        Hit hit = make_hit(it.get_document(), *it);
        hit.rank = static_cast<Xapian::doccount>(it.get_rank()) + 1;
        hit.weight = it.get_weight();
        hit.percent = it.get_percent();
        page.hits.push_back(std::move(hit));
      }
      written += static_cast<Xapian::doccount>(page.hits.size());
      on_page(page);
    }
  } catch (const Xapian::DatabaseModifiedError&) {
    throw Error::format("the index changed while the export was written (a lisan-index run committed): "
                        "{} of {} matches were written; run the export again",
                        written, mset.size());
  }
  return mset.size();
}

Xapian::doccount Searcher::count_undated(const Xapian::Query& query) const {
  if (query.empty()) return 0;
  // A document with a date has a (non-empty) value in the slot: VALUE_GE
  // "\0" matches it (VALUE_GE "" would match every document).
  SearchRequest count;
  count.query = Xapian::Query(Xapian::Query::OP_AND_NOT, query,
                              Xapian::Query(Xapian::Query::OP_VALUE_GE, schema::kDateSlot, std::string(1, '\0')));
  count.limit = 0;
  count.check_at_least = db_.get_doccount();
  return search(count).estimated;
}

std::optional<Hit> Searcher::find_by_id(const std::string& id) const {
  const std::string term = schema::id_term(id);
  Xapian::Database db = db_;
  return store::with_reopen(db, [&]() -> std::optional<Hit> {
    Xapian::PostingIterator p = db.postlist_begin(term);
    if (p == db.postlist_end(term)) return std::nullopt;
    Hit hit = make_hit(db.get_document(*p), *p);
    hit.rank = 1;
    return hit;
  });
}

}  // namespace lisan::query
