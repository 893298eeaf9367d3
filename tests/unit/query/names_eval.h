// The name-expansion evaluation (issue 19) shared by the unit test that
// asserts its floors and the bench program that prints its table:
// tests/data/names/variants.tsv and distractors.txt in one vocabulary, every
// spelling expanded, recall and precision per category.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "lisan/analysis/analyzer.h"
#include "query/names/name_expander.h"

namespace lisan::test {

struct NameGroup {
  std::string category;  // person, group, place, invented
  int line = 0;
  std::vector<std::string> spellings;  // as written
};

struct EvalScore {
  std::size_t queries = 0, relevant = 0, found = 0, correct = 0;
  // Pairs of spellings in different scripts (Latin <-> Arabic).
  std::size_t cross_relevant = 0, cross_correct = 0;
  double recall() const { return relevant ? double(correct) / double(relevant) : 0; }
  double precision() const { return found ? double(correct) / double(found) : 1; }
  double cross_recall() const { return cross_relevant ? double(cross_correct) / double(cross_relevant) : 0; }
};

// Reads variants.tsv; throws std::runtime_error naming the file and line of a bad row.
std::vector<NameGroup> read_name_groups(const std::string& path);
std::vector<std::string> read_distractors(const std::string& path);

// Scores per category (and "all"), with `limits` for every expansion. The
// vocabulary is a Xapian database written to `db_dir`.
std::map<std::string, EvalScore> evaluate_names(const std::vector<NameGroup>& groups,
                                                const std::vector<std::string>& distractors,
                                                const analysis::Analyzer& analyzer, const std::string& db_dir,
                                                const query::names::ExpandLimits& limits,
                                                std::vector<std::string>* misses = nullptr);

// The table docs/names.md shows.
std::string score_table(const std::map<std::string, EvalScore>& scores);

}  // namespace lisan::test
