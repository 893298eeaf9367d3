// Searcher: runs a built query against one or more indexes (shards searched
// together as one Xapian::Database) and returns ranked hits with their stored
// records. It knows nothing of how results are printed.
//
// Not thread-safe: one Searcher per thread (Xapian::Enquire is not shared).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <xapian.h>

#include "lisan/record.h"
#include "lisan/store/open_index.h"

namespace lisan::query {

enum class SortOrder { kRelevance, kDateAscending, kDateDescending };

struct SearchRequest {
  Xapian::Query query;
  Xapian::doccount offset = 0;
  Xapian::doccount limit = 10;
  SortOrder sort = SortOrder::kRelevance;
  // Exact counts are worth their cost on corpora of this size: studies count.
  Xapian::doccount check_at_least = 10000;
  // Relevance is BM25, which divides a word's weight by the document's
  // length. Reading each match's length is most of a broad query's cost at
  // 10^6 documents (Xapian 1.4 reads them from one long posting list;
  // bench/obstacles.md). false ranks by the words' frequencies alone (BM25
  // with b = 0): the same matches, ~3x faster over the bench's query set there.
  bool length_normalized = true;
  // Match spies (facets, timelines) see every match: when there are any, the
  // search checks all documents, whatever check_at_least says. A spy that
  // Xapian's remote protocol cannot carry (a custom one: it has no name())
  // is not sent to remote shards: over a set with remote shards it is fed
  // every match here instead (one document read per match), so its counts
  // are the same as over one index, only slower.
  std::vector<Xapian::MatchSpy*> spies;
};

struct Hit {
  Xapian::doccount rank = 0;  // 1-based over the whole result, offset included
  Xapian::docid docid = 0;
  double weight = 0;
  int percent = 0;
  Record record;
  nlohmann::json analysis;  // what the indexer stored of its analysis (lang, confidence)
  std::string cluster;               // near-duplicate cluster id ("" in indexes without clusters)
  Xapian::doccount cluster_size = 0;  // documents in that cluster
};

struct SearchResult {
  Xapian::doccount estimated = 0;
  Xapian::doccount lower_bound = 0;
  Xapian::doccount upper_bound = 0;
  std::vector<Hit> hits;
};

class Searcher {
 public:
  explicit Searcher(Xapian::Database db);
  // Over what open_index() opened: remembers its shards (for the manifest)
  // and whether any is remote (searched differently, see search()).
  explicit Searcher(const store::OpenIndex& index);

  // A commit by a lisan-index run during the search is answered by
  // reopening the index and searching again (not with match spies).
  SearchResult search(const SearchRequest& request) const;

  // The record ids of every match, in the request's order (offset and limit
  // ignored), read from the id terms without loading the stored records.
  std::vector<std::string> ranked_ids(const SearchRequest& request) const;

  // Every match of `request` from its offset on (its limit ignored), in its
  // order, handed to `on_page` a page of `page_size` hits at a time. Memory:
  // Xapian's ranked list of the matches (a docid, a weight and a sort key,
  // tens of bytes each) and one page of stored records, never all records.
  // Returns the number of matches from the offset on. A lisan-index commit
  // during the export is an error (the pages written cannot be taken back).
  Xapian::doccount for_each_page(const SearchRequest& request, std::size_t page_size,
                                 const std::function<void(SearchResult& page)>& on_page) const;

  // How many matches of `query` have no date (they sort last by date).
  Xapian::doccount count_undated(const Xapian::Query& query) const;

  // The document with this record id, if any.
  std::optional<Hit> find_by_id(const std::string& id) const;

  const Xapian::Database& database() const { return db_; }
  const std::vector<store::ShardInfo>& shards() const { return shards_; }
  const std::vector<store::MissingShard>& missing_shards() const { return missing_; }

 private:
  SearchResult search_once(const SearchRequest& request) const;
  void feed_every_match(const SearchRequest& request, const std::vector<Xapian::MatchSpy*>& spies) const;
  Hit make_hit(const Xapian::Document& doc, Xapian::docid docid) const;
  void prepare(Xapian::Enquire& enquire, const SearchRequest& request) const;
  Xapian::Database db_;
  std::vector<store::ShardInfo> shards_;
  std::vector<store::MissingShard> missing_;
  bool remote_ = false;
  // --sort date: the date, or for an undated document a key after every date.
  std::shared_ptr<Xapian::MultiValueKeyMaker> undated_last_;
};

}  // namespace lisan::query
