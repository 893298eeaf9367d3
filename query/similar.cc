#include "query/similar.h"

#include <fmt/format.h>

#include "lisan/core/error.h"
#include "lisan/schema.h"

namespace lisan::query {
namespace {

// Only the folded body words (no prefix: they start with a lower-case ASCII
// letter or a non-ASCII byte) of at least 3 bytes and not all digits describe
// what a text is about; ids, dates, hashtags and the exact/stem forms would
// only find copies of the same metadata.
class WordsOnly : public Xapian::ExpandDecider {
 public:
  bool operator()(const std::string& term) const override {
    if (term.size() < 3) return false;
    const auto c = static_cast<unsigned char>(term.front());
    if (!(c >= 0x80 || (c >= 'a' && c <= 'z'))) return false;
    return term.find_first_not_of("0123456789") != std::string::npos;
  }
};

}  // namespace

Report run_similar(const QueryPlan& plan, const std::string& id, const analysis::Analyzer& analyzer,
                   const Searcher& searcher) {
  Report report = start_report(plan.options);
  report.query = "similar:" + id;
  const std::optional<Hit> doc = searcher.find_by_id(id);
  if (!doc) throw UsageError(fmt::format("similar: no document with id '{}'", id));

  Xapian::Enquire enquire(searcher.database());
  Xapian::RSet rset;
  rset.add_document(doc->docid);
  const WordsOnly decider;
  const Xapian::ESet eset = enquire.get_eset(kSimilarTerms, rset, &decider);
  std::vector<std::string> terms;
  for (auto t = eset.begin(); t != eset.end(); ++t) terms.push_back(*t);
  std::string parsed = "(SIMILAR " + id;
  for (const auto& t : terms) parsed += " " + t;
  report.parsed = parsed + ")";
  Xapian::Query query;
  if (!terms.empty()) {
    query = Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(schema::id_term(id)));
  }
  const std::set<std::string> highlight(terms.begin(), terms.end());
  run_search(plan, analyzer, searcher, plan.filtered(query), highlight, report);
  return report;
}

}  // namespace lisan::query
