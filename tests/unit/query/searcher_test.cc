// Searcher's ranking options on a real index written by the indexer: BM25
// with and without length normalization, and date order with its ties.
#include <cstdint>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "indexer/document_builder.h"
#include "indexer/index_writer.h"
#include "lisan/store/index_store.h"
#include "query/searcher.h"
#include "tests/support/temp_index.h"

using namespace lisan;

namespace {

Record record(std::string id, std::string text, std::int64_t date) {
  Record r;
  r.id = std::move(id);
  r.text = std::move(text);
  r.lang = "en";
  r.date = date;
  return r;
}

// "long" says "harbour" twice in 40 words, "short" once in three words:
// per word of text, "short" is more about the harbour. Both have one date.
struct HarbourIndex {
  test::TempIndex db{"searcher_test"};
  HarbourIndex() {
    std::string filler;
    for (int i = 0; i < 38; ++i) filler += " sailors" + std::to_string(i);
    indexer::IndexWriter writer(db.path);
    indexer::DocumentBuilder builder;
    writer.put(builder.build(record("long", "harbour harbour" + filler, 1600000000)));
    writer.put(builder.build(record("short", "the harbour wall", 1600000000)));
    writer.put(builder.build(record("older", "harbour lights", 1500000000)));
    writer.commit();
  }
  query::SearchResult search(query::SearchRequest request) const {
    request.query = Xapian::Query("harbour");
    return query::Searcher(store::open_for_reading({db.path})).search(request);
  }
};

std::vector<std::string> ids(const query::SearchResult& r) {
  std::vector<std::string> out;
  for (const auto& h : r.hits) out.push_back(h.record.id);
  return out;
}

}  // namespace

TEST_CASE("relevance divides by document length unless told not to", "[searcher]") {
  const HarbourIndex index;
  query::SearchRequest request;
  const auto normalized = index.search(request);
  REQUIRE(normalized.hits.size() == 3);
  CHECK(normalized.hits.front().record.id != "long");  // short texts win per word

  request.length_normalized = false;
  const auto by_frequency = index.search(request);
  REQUIRE(by_frequency.hits.size() == 3);
  CHECK(by_frequency.hits.front().record.id == "long");  // twice beats once
  CHECK(by_frequency.estimated == normalized.estimated);  // the same matches
}

TEST_CASE("date order breaks ties between equal dates by the words' frequencies", "[searcher]") {
  const HarbourIndex index;
  query::SearchRequest request;
  request.sort = query::SortOrder::kDateDescending;
  CHECK(ids(index.search(request)) == std::vector<std::string>{"long", "short", "older"});
  request.sort = query::SortOrder::kDateAscending;
  CHECK(ids(index.search(request)).front() == "older");
}
