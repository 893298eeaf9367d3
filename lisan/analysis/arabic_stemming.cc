// Arabic stemming: Snowball "arabic" plus protection of words whose first
// letter is و ف ب ل ك as part of the word, not a proclitic. Snowball strips
// such a letter from any word of four letters or more, which makes false
// matches (بحار "seas" -> حار "hot", وزير "minister" -> زير, فيلم -> يلم,
// بلاد -> لاد, measured on Xapian 1.4.22). Protected words (after removing a
// definite article with its own proclitics: ال وال فال بال كال لل) stem to
// themselves. The list holds common words; extend it when a false match is found.
#include <string_view>
#include <unordered_set>

#include "lisan/analysis/stemmer.h"

namespace lisan::analysis {

namespace {

const std::unordered_set<std::string_view>& protected_words() {
  static const std::unordered_set<std::string_view> words = {
      "بحار", "بحر", "وزير", "وزراء", "وزاره", "وصول", "فيلم", "افلام", "بلاد", "بلد",
      "فلسطين", "فلسطيني", "فلسطينيه", "فلسطينيين", "ولايه", "ولايات", "وطن", "وطني",
      "وطنيه", "فواءد", "فاءده", "بنات", "بنت", "لبنان", "بريطانيا", "بغداد", "بيروت",
      "فرنسا", "كلمه", "كلمات", "ولد", "والد", "والده", "وقت", "وجه", "وجود", "فكره",
      "فكر", "بيت", "بيوت", "لقاء", "لغه", "لجنه", "كتاب", "كتب", "بنك", "بنوك",
      "وثيقه", "وثاءق", "فريق", "لحم", "بطل", "بطوله", "لون", "فقر", "فقير", "فقراء",
      "وحده", "واحد", "وسط", "وساءل", "وسيله", "كرسي", "بحث", "بحوث", "لاجء", "لاجءين",
  };
  return words;
}

bool starts_with(const std::string& s, std::string_view p) { return s.compare(0, p.size(), p) == 0; }

}  // namespace

std::string stem_arabic(const Xapian::Stem& snowball, const std::string& word) {
  static constexpr std::string_view kArticles[] = {"وال", "فال", "بال", "كال", "ال", "لل"};
  std::string_view base = word;
  for (std::string_view article : kArticles) {
    if (starts_with(word, article) && word.size() > article.size() + 4) {
      base = std::string_view(word).substr(article.size());
      break;
    }
  }
  if (protected_words().count(base) != 0) return std::string(base);
  if (base.size() != word.size() && protected_words().count(word) != 0) return word;
  return snowball(word);
}

}  // namespace lisan::analysis
