#include "tests/unit/query/names_eval.h"

#include <fstream>
#include <set>
#include <sstream>
#include <stdexcept>

#include <fmt/format.h>
#include <xapian.h>

#include "query/names/name_key.h"

namespace lisan::test {
namespace {

std::string fold(const analysis::Analyzer& analyzer, const std::string& word) {
  std::string out;
  for (const analysis::Token& t : analyzer.analyze_as(word, "").tokens)
    if (t.kind == analysis::TokenKind::kWord) out += t.folded;
  return out;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream in(s);
  for (std::string part; std::getline(in, part, sep);) out.push_back(part);
  return out;
}

}  // namespace

std::vector<NameGroup> read_name_groups(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::vector<NameGroup> out;
  int n = 0;
  for (std::string line; std::getline(in, line);) {
    ++n;
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string> fields = split(line, '\t');
    if (fields.size() != 3) throw std::runtime_error(fmt::format("{}:{}: expected 3 tab-separated fields, found {}", path, n, fields.size()));
    NameGroup g{fields[0], n, split(fields[2], '|')};
    if (g.spellings.size() < 2) throw std::runtime_error(fmt::format("{}:{}: a name needs two spellings or more", path, n));
    out.push_back(std::move(g));
  }
  return out;
}

std::vector<std::string> read_distractors(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error(path + ": cannot open");
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    for (const std::string& w : split(line, ' '))
      if (!w.empty()) out.push_back(w);
  }
  return out;
}

std::map<std::string, EvalScore> evaluate_names(const std::vector<NameGroup>& groups,
                                                const std::vector<std::string>& distractors,
                                                const analysis::Analyzer& analyzer, const std::string& db_dir,
                                                const query::names::ExpandLimits& limits,
                                                std::vector<std::string>* misses) {
  using query::names::script_of;
  {
    Xapian::WritableDatabase db(db_dir, Xapian::DB_CREATE_OR_OVERWRITE);
    const auto add = [&](const std::string& word) {
      const std::string term = fold(analyzer, word);
      if (term.empty()) return;
      Xapian::Document doc;
      doc.add_term(term);
      db.add_document(doc);
    };
    for (const NameGroup& g : groups)
      for (const std::string& s : g.spellings) add(s);
    for (const std::string& d : distractors) add(d);
    db.commit();
  }
  const Xapian::Database db(db_dir);
  std::map<std::string, EvalScore> scores;
  for (const NameGroup& g : groups) {
    std::set<std::string> terms;
    for (const std::string& s : g.spellings) terms.insert(fold(analyzer, s));
    std::set<std::string> queried;
    for (const std::string& s : g.spellings) {
      const std::string folded = fold(analyzer, s);
      if (!queried.insert(folded).second) continue;
      const query::names::NameExpansion e = query::names::expand_name(db, s, folded, limits);
      std::set<std::string> found;
      for (const auto& sp : e.spellings)
        if (sp.found != query::names::Found::kAsTyped) found.insert(sp.term);
      for (EvalScore* score : {&scores[g.category], &scores["all"]}) {
        ++score->queries;
        score->found += found.size();
        for (const std::string& t : terms) {
          if (t == folded) continue;
          ++score->relevant;
          const bool hit = found.count(t) > 0;
          score->correct += hit;
          if (script_of(t) != script_of(folded)) {
            ++score->cross_relevant;
            score->cross_correct += hit;
          }
        }
      }
      if (misses) {
        for (const std::string& t : terms)
          if (t != folded && !found.count(t)) misses->push_back(fmt::format("{}: {} -> {} missed", g.line, folded, t));
        for (const std::string& t : found)
          if (!terms.count(t)) misses->push_back(fmt::format("{}: {} -> {} wrong", g.line, folded, t));
      }
    }
  }
  return scores;
}

std::string score_table(const std::map<std::string, EvalScore>& scores) {
  std::string out = "| category | queries | recall | precision | cross-script recall |\n|---|---:|---:|---:|---:|\n";
  for (const auto& [name, s] : scores)
    out += fmt::format("| {} | {} | {:.3f} ({}/{}) | {:.3f} ({}/{}) | {:.3f} ({}/{}) |\n", name, s.queries, s.recall(),
                       s.correct, s.relevant, s.precision(), s.correct, s.found, s.cross_recall(), s.cross_correct,
                       s.cross_relevant);
  return out;
}

}  // namespace lisan::test
