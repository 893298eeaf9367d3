// Facets: counts of metadata values (language, source, channel, author,
// hashtag, mention, domain, year, month) over ALL matches of a query, not
// just the page shown. They are gathered by Xapian match spies while the
// search runs, so they cost one pass over the matches and no second query.
//
// Single-valued slots use Xapian::ValueCountMatchSpy; hashtags, mentions and
// domains live in multi-valued slots (schema::kHashtagsSlot ...) read by
// MultiValueCountSpy; year and month are cut from the day slot's counts.
//
// Not thread-safe: one FacetCollector per search.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

namespace lisan::query {

struct FacetValue {
  std::string value;  // as written in the documents (commonest spelling)
  Xapian::doccount count = 0;
};

struct FacetResult {
  std::string name;              // "lang", "hashtag", ...
  Xapian::doccount distinct = 0;  // distinct values among the matches
  Xapian::doccount without = 0;   // matches that have no value (no hashtag, no date ...)
  std::vector<FacetValue> values;  // count descending, then value ascending; cut to the limit
};

// Facet names --facets accepts, in a stable order.
const std::vector<std::string>& facet_names();

// "lang,source" -> {"lang", "source"}; throws UsageError naming an unknown
// facet and the known ones.
std::vector<std::string> parse_facet_list(const std::string& list);

// Counts the keys of a multi-valued slot (schema::join_facet_values), each
// document once per key, and remembers how often each spelling was seen so
// the commonest one names the key.
class MultiValueCountSpy : public Xapian::MatchSpy {
 public:
  explicit MultiValueCountSpy(Xapian::valueno slot) : slot_(slot) {}
  void operator()(const Xapian::Document& doc, double weight) override;
  std::string name() const override { return "lisan::MultiValueCountSpy"; }

  Xapian::doccount total() const { return total_; }
  Xapian::doccount without() const { return without_; }
  // key -> (commonest spelling, documents)
  std::map<std::string, FacetValue> counts() const;

 private:
  Xapian::valueno slot_;
  Xapian::doccount total_ = 0;
  Xapian::doccount without_ = 0;
  std::map<std::string, std::pair<Xapian::doccount, std::map<std::string, Xapian::doccount>>> counts_;
};

class FacetCollector {
 public:
  // `names` from parse_facet_list; `want_days` also counts matches per day
  // (for a timeline) even when no year/month facet was asked for.
  FacetCollector(std::vector<std::string> names, bool want_days);
  ~FacetCollector();

  // The spies to give the search (owned by the collector).
  std::vector<Xapian::MatchSpy*> spies() const;

  // One result per requested facet, in the order asked, each cut to `limit`
  // values (0 = all); year and month list every period, in time order.
  std::vector<FacetResult> results(std::size_t limit) const;

  // Matches per day "YYYYMMDD" (empty unless days were counted), and the
  // matches seen without a date.
  std::map<std::string, Xapian::doccount> day_counts() const;
  Xapian::doccount undated() const;

 private:
  std::vector<std::string> names_;
  std::map<std::string, std::unique_ptr<Xapian::ValueCountMatchSpy>> single_;  // by slot name
  std::map<std::string, std::unique_ptr<MultiValueCountSpy>> multi_;
  std::unique_ptr<Xapian::ValueCountMatchSpy> days_;
};

// Sorts by count descending, then value ascending, and cuts to `limit` (0 = all).
void sort_facet_values(std::vector<FacetValue>& values, std::size_t limit);

}  // namespace lisan::query
