// Index-then-query round trip through Xapian with this analyzer only: each
// document's tokens go into an in-memory database (folded forms and variants
// with positions, stems as Z<lang>: terms, as the index writer does), and
// modern, undiacritized queries must find fully diacritized Uthmani verses
// (Quran text from quran-json 3.1.2, CC BY-SA 4.0, copied verse by verse),
// words and phrases; phrase words out of order must not.
#include "word_rows.h"

#include <xapian.h>

using namespace lisan::analysis;
using namespace lisan::analysis::testing;

namespace {

const char* const kVerses[] = {
    "بِسۡمِ ٱللَّهِ ٱلرَّحۡمَٰنِ ٱلرَّحِيمِ",                                      // 1:1
    "ٱلۡحَمۡدُ لِلَّهِ رَبِّ ٱلۡعَٰلَمِينَ",                                        // 1:2
    "مَٰلِكِ يَوۡمِ ٱلدِّينِ",                                                     // 1:4
    "ٱهۡدِنَا ٱلصِّرَٰطَ ٱلۡمُسۡتَقِيمَ",                                           // 1:6
    "ذَٰلِكَ ٱلۡكِتَٰبُ لَا رَيۡبَۛ فِيهِۛ هُدٗى لِّلۡمُتَّقِينَ",                       // 2:2
    "ٱلَّذِينَ يُؤۡمِنُونَ بِٱلۡغَيۡبِ وَيُقِيمُونَ ٱلصَّلَوٰةَ وَمِمَّا رَزَقۡنَٰهُمۡ يُنفِقُونَ",  // 2:3
    "أُوْلَـٰٓئِكَ عَلَىٰ هُدٗى مِّن رَّبِّهِمۡۖ وَأُوْلَـٰٓئِكَ هُمُ ٱلۡمُفۡلِحُونَ",           // 2:5
    "۞وَإِذِ ٱبۡتَلَىٰٓ إِبۡرَٰهِـۧمَ رَبُّهُۥ بِكَلِمَٰتٖ فَأَتَمَّهُنَّۖ",                  // 2:124 (start)
    "قُلۡ هُوَ ٱللَّهُ أَحَدٌ",                                                    // 112:1
    "وَلَمۡ يَكُن لَّهُۥ كُفُوًا أَحَدُۢ",                                            // 112:4
};

struct QueryRow {
  const char* rule;
  const char* query;  // modern spelling; words in quotes form a phrase
  int verse;          // index in kVerses that must be found, -1 = none
};

const QueryRow kQueries[] = {
    {"basmala phrase", "بسم الله الرحمن الرحيم", 0},
    {"al-Rahman with full alef", "الرحمان الرحيم", 0},
    {"praise phrase", "الحمد لله رب العالمين", 1},
    {"dagger alef in Malik", "مالك يوم الدين", 2},
    {"straight path", "اهدنا الصراط المستقيم", 3},
    {"that book: dagger alef as full alef", "ذلك الكتاب لا ريب فيه", 4},
    {"prayer (waw with dagger alef)", "ويقيمون الصلاة", 5},
    {"believe in the unseen (hamza seat)", "يؤمنون بالغيب", 5},
    {"those (ulaika) upon guidance", "أولئك على هدى", 6},
    {"Ibrahim (small high yeh)", "إبراهيم ربه", 7},
    {"say he is God, one", "قل هو الله أحد", 8},
    {"kufuwan ahad", "كفوا أحد", 9},
    {"phrase out of order", "الرحيم الرحمن", -1},
    {"phrase words present but not adjacent", "بسم الرحيم", -1},
};

std::vector<Xapian::Query> word_queries(const Analysis& q) {
  std::vector<Xapian::Query> words;
  for (const Token& t : q.tokens) {
    std::vector<Xapian::Query> forms{Xapian::Query(t.folded)};
    for (const std::string& v : t.variants) forms.emplace_back(v);
    words.emplace_back(Xapian::Query::OP_OR, forms.begin(), forms.end());
  }
  return words;
}

Xapian::Database build_index() {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  for (const char* verse : kVerses) {
    const Analysis a = analyzer().analyze(verse, "");
    Xapian::Document doc;
    for (const Token& t : a.tokens) {
      doc.add_posting(t.folded, t.position + 1);
      for (const std::string& v : t.variants) doc.add_posting(v, t.position + 1);
      if (!t.stem.empty()) doc.add_term("Z" + t.lang + ":" + t.stem);
    }
    db.add_document(doc);
  }
  return db;
}

}  // namespace

TEST_CASE("Modern phrases find Uthmani verses through Xapian", "[analysis][round-trip]") {
  static const Xapian::Database db = build_index();
  const auto row = GENERATE(from_range(std::begin(kQueries), std::end(kQueries)));
  CAPTURE(row.rule, row.query);
  const Analysis q = analyzer().analyze_as(row.query, "ar");
  const std::vector<Xapian::Query> words = word_queries(q);
  Xapian::Query phrase(Xapian::Query::OP_PHRASE, words.begin(), words.end(), words.size());
  Xapian::Enquire enquire(db);
  enquire.set_query(phrase);
  const Xapian::MSet mset = enquire.get_mset(0, 20);
  if (row.verse < 0) {
    CHECK(mset.empty());
  } else {
    std::vector<Xapian::docid> ids;
    for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(*it);
    CAPTURE(phrase.get_description());
    CHECK(std::find(ids.begin(), ids.end(), static_cast<Xapian::docid>(row.verse + 1)) != ids.end());
  }
}

TEST_CASE("Round trip: every word row of a verse finds its own verse", "[analysis][round-trip]") {
  static const Xapian::Database db = build_index();
  Xapian::docid id = 0;
  for (const char* verse : kVerses) {
    ++id;
    const Analysis a = analyzer().analyze(verse, "ar");
    for (const Token& t : a.tokens) {
      CAPTURE(verse, t.folded);
      // The query for a document word is the same word analyzed as a query.
      const Analysis q = analyzer().analyze_as(t.exact, "ar");
      REQUIRE(q.tokens.size() == 1);
      Xapian::Enquire enquire(db);
      enquire.set_query(Xapian::Query(q.tokens[0].folded));
      const Xapian::MSet mset = enquire.get_mset(0, 20);
      bool found = false;
      for (auto it = mset.begin(); it != mset.end(); ++it) found = found || *it == id;
      CHECK(found);
    }
  }
}
