// Name keys (query/names/name_key.h), bounded edit distance and the
// '~' operator of the parser: one row per romanization rule.
#include <algorithm>

#include <catch2/catch.hpp>

#include "query/names/edit_distance.h"
#include "query/names/name_key.h"
#include "query/query_parser.h"

using namespace lisan::query;
using namespace lisan::query::names;

namespace {

bool share_key(const std::string& a, const std::string& b) {
  const auto ka = name_keys(a), kb = name_keys(b);
  return std::any_of(ka.begin(), ka.end(), [&](const std::string& k) {
    return k.size() >= 2 && std::find(kb.begin(), kb.end(), k) != kb.end();
  });
}

}  // namespace

TEST_CASE("name keys: the spellings of one name share a key", "[names]") {
  struct Row {
    const char* a;
    const char* b;
    const char* rule;
  };
  const Row rows[] = {
      {"muhammad", "mohammed", "vowels dropped, doubles collapsed"},
      {"muhammad", "mehmet", "t and d are one class (Turkish final devoicing)"},
      {"muhammad", "محمد", "Arabic letters to the same classes"},
      {"khalid", "halit", "kh = h"},
      {"khalid", "chalid", "Dutch ch = kh"},
      {"hicham", "hisham", "French ch = sh"},
      {"qaddafi", "gaddafi", "q = g = k"},
      {"kadhafi", "القذافي", "dh = ذ, article ال dropped"},
      {"jamal", "cemal", "Turkish c = j"},
      {"jamal", "djamel", "French dj = j"},
      {"jamal", "gamal", "Egyptian g = j"},
      {"osman", "uthman", "th = s"},
      {"osman", "عثمان", "ayn is not written"},
      {"ramazan", "ramadan", "z = d"},
      {"ramazan", "رمضان", "ض = z or d"},
      {"fatimah", "fatima", "a final h after a vowel is optional"},
      {"fatima", "فاطمه", "a final ه (folded ة) is optional"},
      {"albaghdadi", "baghdadi", "al- article dropped"},
      {"elbaghdadi", "البغدادي", "el- and ال"},
      {"arrahman", "rahman", "assimilated article"},
      {"şebab", "shabab", "ş = sh"},
      {"choudhury", "chaudhry", "English ch, vowels"},
  };
  for (const Row& r : rows) {
    INFO(r.a << " / " << r.b << ": " << r.rule);
    CHECK(share_key(r.a, r.b));
  }
}

TEST_CASE("name keys: different names do not share a key", "[names]") {
  const std::pair<const char*, const char*> rows[] = {
      {"muhammad", "ahmad"}, {"khalid", "khalil"}, {"osman", "hasan"}, {"baghdadi", "bengazi"}, {"idlib", "adel"},
  };
  for (const auto& [a, b] : rows) {
    INFO(a << " / " << b);
    CHECK_FALSE(share_key(a, b));
  }
}

TEST_CASE("name keys: words the table cannot read have no key", "[names]") {
  CHECK(name_keys("").empty());
  CHECK(name_keys("aeiou").empty());     // no consonant
  CHECK(name_keys("москва").empty());    // another script
  CHECK(name_keys("abc123").empty());    // digits
  CHECK(name_keys("mohammadمحمد").empty());  // mixed scripts
  CHECK(name_keys("xxxxxxxxxxxxxxxxxxxxxxxx").size() <= kMaxKeysPerSpelling);
}

TEST_CASE("name_like: what --names expands", "[names]") {
  CHECK(name_like("Muhammad"));
  CHECK(name_like("Öcalan"));
  CHECK(name_like("İdlib"));
  CHECK(name_like("محمد"));
  CHECK_FALSE(name_like("from"));
  CHECK_FALSE(name_like("في"));
  CHECK_FALSE(name_like(""));
}

TEST_CASE("bounded edit distance counts code points and stops at the bound", "[names]") {
  struct Row {
    const char* a;
    const char* b;
    std::size_t bound, expected;
  };
  const Row rows[] = {
      {"muhammad", "muhammad", 2, 0}, {"muhammad", "muhamad", 2, 1}, {"muhammad", "muhmamad", 2, 1},  // swap
      {"muhammad", "mohammed", 2, 2}, {"muhammad", "mehmet", 2, 3},  // over the bound: bound + 1
      {"صفرا", "صفر", 1, 1},           {"özgürlük", "ozgurluk", 2, 3}, {"", "abc", 5, 3},
  };
  for (const Row& r : rows) {
    INFO(r.a << " / " << r.b);
    CHECK(bounded_edit_distance(to_code_points(r.a), to_code_points(r.b), r.bound) == r.expected);
  }
  CHECK(typo_budget(3) == 0);
  CHECK(typo_budget(4) == 1);
  CHECK(typo_budget(7) == 1);
  CHECK(typo_budget(8) == 2);
}

TEST_CASE("the ~ operator: one word, never with =", "[names][parser]") {
  struct Row {
    const char* query;
    const char* parsed;  // "" = an error containing `error`
    const char* error;
  };
  const Row rows[] = {
      {"~muhammad", "(WORD ~ \"muhammad\")", ""},
      {"~Osman lang:tr", "(AND (WORD ~ \"Osman\") (FIELD lang \"tr\"))", ""},
      {"~abu NEAR/1 ~bakr", "(NEAR/1 (WORD ~ \"abu\") (WORD ~ \"bakr\"))", ""},
      {"-~muhammad x", "(AND_NOT (WORD \"x\") (WORD ~ \"muhammad\"))", ""},
      {"~=muhammad", "", "'=' keeps one spelling"},
      {"~\"abu bakr\"", "", "not a phrase"},
      {"~", "", "followed by a name"},
      {"~muh*", "", "plain word"},
      {"~#tag", "", "plain word"},
  };
  for (const Row& r : rows) {
    INFO(r.query);
    const ParsedQuery p = parse_query(r.query);
    if (*r.parsed) {
      REQUIRE(p.ok());
      CHECK(p.root->describe() == r.parsed);
    } else {
      REQUIRE_FALSE(p.ok());
      CHECK_THAT(p.error->message, Catch::Contains(r.error));
    }
  }
}
