// The name expander on real Xapian databases: what it finds, how it says
// so, its caps, and the same answer on a database combined from shards.
#include <algorithm>
#include <map>

#include <catch2/catch.hpp>
#include <xapian.h>

#include "query/names/name_expander.h"
#include "tests/support/temp_index.h"

using namespace lisan::query::names;
using lisan::test::TempIndex;

namespace {

// A database whose vocabulary is `terms`, each in `docs` documents.
void write_vocabulary(const std::string& path, const std::map<std::string, int>& terms) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE_OR_OVERWRITE);
  for (const auto& [term, docs] : terms)
    for (int i = 0; i < docs; ++i) {
      Xapian::Document doc;
      doc.add_term(term);
      db.add_document(doc);
    }
  db.commit();
}

const Spelling* find(const NameExpansion& e, const std::string& term) {
  for (const Spelling& s : e.spellings)
    if (s.term == term) return &s;
  return nullptr;
}

const std::map<std::string, int> kVocabulary = {
    {"muhammad", 5}, {"mohammed", 3}, {"mehmet", 2}, {"محمد", 4}, {"muhamad", 1}, {"method", 7},
    {"mahmoud", 2},  {"ahmad", 6},    {"hamid", 2},  {"moon", 9}, {"xemm", 1},
};

}  // namespace

TEST_CASE("expand_name finds the spellings that occur, with their documents", "[names]") {
  TempIndex dir("names_vocab");
  write_vocabulary(dir.path, kVocabulary);
  const Xapian::Database db(dir.path);
  const NameExpansion e = expand_name(db, "Muhammad", "muhammad");
  REQUIRE(!e.spellings.empty());
  CHECK(e.spellings.front().term == "muhammad");
  CHECK(e.spellings.front().found == Found::kAsTyped);
  CHECK(e.spellings.front().docs == 5);
  struct Row {
    const char* term;
    Found found;
    Xapian::doccount docs;
  };
  for (const Row& r : {Row{"mohammed", Found::kVariant, 3}, Row{"mehmet", Found::kVariant, 2},
                       Row{"محمد", Found::kVariant, 4}, Row{"muhamad", Found::kVariant, 1}}) {
    INFO(r.term);
    const Spelling* s = find(e, r.term);
    REQUIRE(s != nullptr);
    CHECK(s->found == r.found);
    CHECK(s->docs == r.docs);
  }
  for (const char* absent : {"method", "ahmad", "hamid", "moon"}) {
    INFO(absent);
    CHECK(find(e, absent) == nullptr);
  }
  // Most documents first after the word itself.
  for (std::size_t i = 2; i < e.spellings.size(); ++i) CHECK(e.spellings[i - 1].docs >= e.spellings[i].docs);
  CHECK(e.cap_note().empty());
}

TEST_CASE("expand_name: typos of a common word, by edit distance only", "[names]") {
  TempIndex dir("names_typos");
  write_vocabulary(dir.path, {{"government", 9}, {"goverment", 2}, {"governments", 3}, {"garment", 1}});
  const Xapian::Database db(dir.path);
  ExpandLimits typos_only;
  typos_only.variants = false;
  const NameExpansion e = expand_name(db, "govrnment", "govrnment", typos_only);
  CHECK(e.spellings.front().docs == 0);  // the word as typed does not occur
  CHECK(find(e, "government") != nullptr);
  CHECK(find(e, "goverment") != nullptr);
  CHECK(find(e, "garment") == nullptr);
  CHECK(find(e, "government")->found == Found::kTypo);
}

TEST_CASE("expand_name says when a cap cut the answer", "[names]") {
  TempIndex dir("names_caps");
  write_vocabulary(dir.path, kVocabulary);
  const Xapian::Database db(dir.path);
  ExpandLimits two;
  two.max_spellings = 2;
  const NameExpansion e = expand_name(db, "Muhammad", "muhammad", two);
  CHECK(e.spellings.size() == 3);  // the word and the two most frequent
  CHECK(e.left_out == 3);  // mohammed, mehmet, muhamad, mahmoud (MHMD too) and محمد found
  CHECK(e.spellings[1].term == "محمد");
  CHECK_THAT(e.cap_note(), Catch::Contains("3 more spellings"));

  ExpandLimits scan;
  scan.max_scanned = 1;  // checked every 256 terms: a vocabulary this small is read whole
  CHECK_FALSE(expand_name(db, "Muhammad", "muhammad", scan).scan_capped);
}

TEST_CASE("expand_name stops a long scan at max_scanned and says so", "[names]") {
  TempIndex dir("names_scan_cap");
  std::map<std::string, int> many;
  for (char a = 'a'; a <= 'z'; ++a)
    for (char b = 'a'; b <= 'z'; ++b) many[std::string("m") + a + b + "zz"] = 1;  // 676 terms under "m"
  write_vocabulary(dir.path, many);
  const Xapian::Database db(dir.path);
  ExpandLimits limits;
  limits.max_scanned = 300;
  const NameExpansion e = expand_name(db, "Muhammad", "muhammad", limits);
  CHECK(e.scan_capped);
  CHECK(e.scanned < 676);
  CHECK_THAT(e.cap_note(), Catch::Contains("stopped after"));
  limits.max_scanned = 100000;
  CHECK_FALSE(expand_name(db, "Muhammad", "muhammad", limits).scan_capped);
}

TEST_CASE("expand_name gives the same spellings on a database combined from shards", "[names]") {
  TempIndex one("names_one"), a("names_shard_a"), b("names_shard_b");
  write_vocabulary(one.path, kVocabulary);
  std::map<std::string, int> first, second;
  for (const auto& [term, docs] : kVocabulary) {
    // Documents of one term split over both shards, as a shard set does.
    first[term] = docs / 2;
    second[term] = docs - docs / 2;
  }
  write_vocabulary(a.path, first);
  write_vocabulary(b.path, second);
  Xapian::Database combined(a.path);
  combined.add_database(Xapian::Database(b.path));
  const NameExpansion single = expand_name(Xapian::Database(one.path), "Muhammad", "muhammad");
  const NameExpansion shards = expand_name(combined, "Muhammad", "muhammad");
  REQUIRE(single.spellings.size() == shards.spellings.size());
  for (std::size_t i = 0; i < single.spellings.size(); ++i) {
    CHECK(single.spellings[i].term == shards.spellings[i].term);
    CHECK(single.spellings[i].docs == shards.spellings[i].docs);
  }
}

TEST_CASE("scan_prefixes reads each range once", "[names]") {
  const std::vector<std::string> prefixes = scan_prefixes("muhammad", {"MHMD"});
  CHECK(std::find(prefixes.begin(), prefixes.end(), "m") != prefixes.end());
  CHECK(std::find(prefixes.begin(), prefixes.end(), "م") != prefixes.end());
  for (std::size_t i = 1; i < prefixes.size(); ++i)
    CHECK(prefixes[i].compare(0, prefixes[i - 1].size(), prefixes[i - 1]) != 0);
}
