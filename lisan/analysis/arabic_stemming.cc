// Arabic stemming: a light stemmer over the folded word (arabic_filter.h), in
// place of Snowball "arabic". Snowball works on unfolded text (it tells ة
// from ه and ى from ي) and, on folded input, stems the spellings of one word
// apart (مدرسة -> مدرس but المدرسة -> مدرسه; والعلم kept whole; سيارات -> يارا).
// Here both spellings are one input, so they reach one stem. The steps:
//   1. proclitics (data/ar-proclitics.txt): و ف ب ك ل alone and before the
//      article, with the fewest letters each must leave;
//   2. suffixes (data/ar-suffixes.txt): pronoun, then plural/dual (and verb
//      plural endings), then the feminine ه, then the accusative alef; a
//      final ي is never removed (alef maksura, nisba, "my");
//   3. exceptions (data/ar-stem-exceptions.txt): words whose first letter is
//      a root letter that looks like a proclitic (بحار، وزير) and words the
//      rules cut wrongly (لغه، الله) stop where they are found.
// Verbs get the same light treatment (no verb prefixes removed): a search for
// a verb form finds the forms sharing its prefix (يكتبون، يكتبوا -> يكتب, not
// تكتب). Measured on the hunspell-ar
// word list against Snowball in docs/analysis.md ("Arabic").
#include <algorithm>

#include <fmt/format.h>
#include <string_view>
#include <vector>

#include "lisan/analysis/data_tables.h"
#include "lisan/analysis/stemmer.h"
#include "lisan/core/error.h"

namespace lisan::analysis {

namespace {

struct Affix {
  std::string_view text;
  std::string_view step;  // suffixes only: pronoun, plural, feminine
  std::size_t min_left = 0;
};

struct ArabicTables {
  std::vector<Affix> proclitics;  // longest first
  std::vector<Affix> suffixes;    // in file order (grouped by step, longest first)
  WordMap exceptions;
  WordSet short_stems;
};

std::size_t to_count(std::string_view cell) {
  std::size_t n = 0;
  for (char c : cell) n = n * 10 + static_cast<std::size_t>(c - '0');
  return n;
}

std::vector<Affix> load_affixes(std::string_view name, std::size_t columns) {
  Result<DataTable> table = data_table(name, columns);
  if (!table) throw Error(table.error());
  std::vector<Affix> out;
  for (std::size_t r = 0; r < table->rows; ++r) {
    const std::string_view count = table->cell(r, columns - 1);
    if (count.empty() || !std::all_of(count.begin(), count.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      throw Error(fmt::format("{}:{}: the last column must be a letter count, not '{}'",
                              table->file, table->lines[r], count));
    }
    out.push_back({table->cell(r, 0), columns == 3 ? table->cell(r, 1) : std::string_view(),
                   to_count(count)});
  }
  return out;
}

const ArabicTables& tables() {
  static const ArabicTables t = [] {
    ArabicTables x;
    x.proclitics = load_affixes("ar-proclitics", 2);
    std::stable_sort(x.proclitics.begin(), x.proclitics.end(),
                     [](const Affix& a, const Affix& b) { return a.text.size() > b.text.size(); });
    x.suffixes = load_affixes("ar-suffixes", 3);
    x.exceptions = required_word_map("ar-stem-exceptions");
    x.short_stems = required_word_set("ar-short-stems");
    return x;
  }();
  return t;
}

// Code points of UTF-8 text (Arabic letters are two bytes, digits one).
std::size_t letters(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

constexpr std::string_view kTeh = "ت";
constexpr std::string_view kHeh = "ه";
constexpr std::string_view kAlefTeh = "ات";
constexpr std::string_view kWaw = "و";
constexpr std::string_view kYeh = "ي";

// Step 2 on a word without proclitics; stops at an exception. Returns true
// (with the stem in `out`) when an exception was reached.
bool strip_suffixes(const ArabicTables& t, std::string_view word, std::string& out) {
  std::string w(word);
  auto exception = [&]() {
    auto it = t.exceptions.find(w);
    if (it == t.exceptions.end()) return false;
    out.assign(it->second);
    return true;
  };
  if (exception()) return true;
  std::string_view done_step;
  for (const Affix& s : t.suffixes) {
    if (s.step == done_step) continue;
    if (!ends_with(w, s.text) || letters(w) - letters(s.text) < s.min_left) continue;
    w.resize(w.size() - s.text.size());
    done_step = s.step;
    const bool pronoun = s.step == "pronoun" || s.step == "feminine";
    if (pronoun && ends_with(w, kWaw) && letters(w) >= 4) {
      w.resize(w.size() - kWaw.size());  // تحسبوه، ضربوهم: the verb's plural و
    } else if (s.step == "pronoun" && ends_with(w, kTeh) && !ends_with(w, kAlefTeh) &&
               letters(w) >= 4) {
      w.replace(w.size() - kTeh.size(), kTeh.size(), kHeh);  // مدرستها -> مدرسه
    } else if (s.step == "plural" && (s.text == "تين" || s.text == "تان")) {
      w.append(kHeh);  // مدرستين -> مدرسه
    }
    if (exception()) return true;
  }
  out = std::move(w);
  return false;
}

}  // namespace

std::string stem_arabic(const Xapian::Stem& /*snowball: not used, see above*/,
                        const std::string& word) {
  const ArabicTables& t = tables();
  // The cuts the proclitic table allows: the whole word, then the longest
  // proclitic first. An exception reached by any cut wins (والوزيرة: وال +
  // وزيرة reaches وزير); otherwise the longest proclitic that fits.
  const std::string_view w = word;
  std::vector<std::string_view> cuts{w};
  for (const Affix& p : t.proclitics) {
    if (w.size() <= p.text.size() || w.substr(0, p.text.size()) != p.text) continue;
    const std::string_view rest = w.substr(p.text.size());
    const bool short_noun = p.min_left > 2 && t.short_stems.count(rest) != 0;
    if (letters(rest) >= p.min_left || short_noun) cuts.push_back(rest);
  }
  std::string stem;
  for (std::string_view cut : cuts) {
    if (strip_suffixes(t, cut, stem)) return stem;
    // A final ي stays (nisba, "my", alef maksura), so كتابي never reaches
    // the exception كتاب whose ك is a root letter; the whole word before
    // that ي being an exception says the same: no proclitic (not تابي).
    if (cut.size() == w.size() && ends_with(stem, kYeh) &&
        t.exceptions.count(std::string_view(stem).substr(0, stem.size() - kYeh.size())) != 0)
      return stem;
  }
  strip_suffixes(t, cuts.size() > 1 ? cuts[1] : cuts[0], stem);
  return stem;
}

}  // namespace lisan::analysis
