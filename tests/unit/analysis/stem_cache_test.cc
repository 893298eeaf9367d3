// StemCache: lookups after growth, refill when full, long words.
#include <string>

#include <catch2/catch.hpp>

#include "lisan/analysis/stem_cache.h"

using lisan::analysis::StemCache;

TEST_CASE("stem cache: stored stems are found, absent words are not", "[stem_cache]") {
  StemCache cache;
  CHECK(cache.find("walking") == nullptr);
  CHECK(cache.insert("walking", "walk") == "walk");
  REQUIRE(cache.find("walking") != nullptr);
  CHECK(*cache.find("walking") == "walk");
  CHECK(cache.find("walk") == nullptr);
  CHECK(cache.find("") == nullptr);
  // Longer than std::string's inline buffer, and not ASCII.
  const std::string long_word = "gerechtshoven-voorzieningenrechter-ağabeyimizdekilerden";
  cache.insert(long_word, "x");
  REQUIRE(cache.find(long_word) != nullptr);
  CHECK(*cache.find(long_word) == "x");
}

TEST_CASE("stem cache: every word survives the table's growth", "[stem_cache]") {
  StemCache cache(100000);
  for (int i = 0; i < 20000; ++i) cache.insert("w" + std::to_string(i), "s" + std::to_string(i));
  CHECK(cache.size() == 20000);
  for (int i = 0; i < 20000; ++i) {
    const std::string* s = cache.find("w" + std::to_string(i));
    REQUIRE(s != nullptr);
    CHECK(*s == "s" + std::to_string(i));
  }
  CHECK(cache.find("w20000") == nullptr);
}

TEST_CASE("stem cache: a full cache starts again instead of growing", "[stem_cache]") {
  StemCache cache(8);
  for (int i = 0; i < 8; ++i) cache.insert("w" + std::to_string(i), "s");
  CHECK(cache.size() == 8);
  cache.insert("new", "n");
  CHECK(cache.size() == 1);
  CHECK(cache.find("w0") == nullptr);
  REQUIRE(cache.find("new") != nullptr);
  CHECK(*cache.find("new") == "n");
}
