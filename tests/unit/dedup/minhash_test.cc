// lisan/dedup/minhash.h: what the signature ignores, what it sees, and the
// encodings the index stores.
#include <catch2/catch.hpp>
#include <fmt/format.h>

#include "lisan/analysis/analyzer.h"
#include "lisan/dedup/minhash.h"

namespace dedup = lisan::dedup;

namespace {
dedup::Signature sig(const lisan::analysis::Analyzer& a, const std::string& text, const std::string& lang) {
  const auto s = dedup::minhash(a.analyze(text, lang).tokens);
  REQUIRE(s);
  return *s;
}
}  // namespace

TEST_CASE("hashtags mentions urls and line breaks do not change the signature", "[dedup]") {
  lisan::analysis::Analyzer a;
  const std::string base = "Post with us, share the families' stories and tag your local paper on Friday";
  const auto s = sig(a, base, "en");
  CHECK(dedup::similarity(s, sig(a, base + " #FreeTheCaptives #TalSefra40", "en")) == 1.0);
  CHECK(dedup::similarity(s, sig(a, base + " https://sh.example/x1 @someone", "en")) == 1.0);
  CHECK(dedup::similarity(s, sig(a, "Post with us, share the families' stories\nand tag your local paper on Friday", "en")) == 1.0);
  CHECK(dedup::similarity(s, sig(a, "POST WITH US, SHARE THE FAMILIES' STORIES AND TAG YOUR LOCAL PAPER ON FRIDAY", "en")) == 1.0);
}

TEST_CASE("turkish typed in ascii and arabic without marks are the same text", "[dedup]") {
  lisan::analysis::Analyzer a;
  CHECK(dedup::similarity(sig(a, "Hiçbir duvar şafaktan yüksek değildir, cuma günü buluşalım", "tr"),
                          sig(a, "Hicbir duvar safaktan yuksek degildir, cuma gunu bulusalim", "tr")) == 1.0);
  CHECK(dedup::similarity(sig(a, "لَا جِدَارَ أَعْلَى مِنَ الْفَجْرِ يا أهلنا", "ar"),
                          sig(a, "لا جدار اعلى من الفجر يا اهلنا", "ar")) == 1.0);
}

TEST_CASE("a translation and an unrelated text are far apart", "[dedup]") {
  lisan::analysis::Analyzer a;
  const auto en = sig(a, "No wall is higher than the dawn, join the storm on Friday 24 September", "en");
  const auto nl = sig(a, "Geen muur is hoger dan de dageraad, doe mee met de storm op vrijdag 24 september", "nl");
  const auto other = sig(a, "The winter appeal opens today for families in need of bread and blankets", "en");
  CHECK(dedup::similarity(en, nl) < dedup::kThreshold);
  CHECK(dedup::similarity(en, other) < dedup::kThreshold);
}

TEST_CASE("short texts get no signature but an exact key", "[dedup]") {
  CHECK_FALSE(dedup::minhash(std::vector<std::string>{"free", "them", "now"}));
  CHECK(dedup::short_text_key({"free", "them", "now"}) == dedup::short_text_key({"free", "them", "now"}));
  CHECK(dedup::short_text_key({"free", "them", "now"}) != dedup::short_text_key({"free", "them"}));
  CHECK(dedup::short_text_key({}).empty());
}

TEST_CASE("signature and band key encodings", "[dedup]") {
  const auto s = dedup::minhash(std::vector<std::string>{"one", "two", "three", "four", "five"});
  REQUIRE(s);
  const auto back = dedup::decode(dedup::encode(*s));
  REQUIRE(back);
  CHECK(dedup::similarity(*back, *s) == 1.0);  // the index keeps 16 bits of each minimum
  CHECK(dedup::encode(*s).size() == dedup::kHashes * 2);
  CHECK_FALSE(dedup::decode("short"));
  const auto keys = dedup::band_keys(*s);
  REQUIRE(keys.size() == dedup::kBands);
  CHECK(keys[0].size() == 18);
  CHECK(keys[0].substr(0, 2) == "00");
  CHECK(keys.back().substr(0, 2) == fmt::format("{:02x}", dedup::kBands - 1));
}
