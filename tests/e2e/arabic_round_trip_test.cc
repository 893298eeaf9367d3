// Arabic rules of issue 16 through the real indexer and query code: each
// row's text is indexed (DocumentBuilder + IndexWriter, record lang "ar") and
// its query run by run_query against that document alone; the row says
// whether it must match. One row or more per rule, must-not rows included
// (the table rows of each rule are in tests/unit/analysis/arabic_clitics_test.cc).
#include <catch2/catch.hpp>

#include "indexer/index_writer.h"
#include "query/query_run.h"
#include "tests/e2e/cli_runner.h"

using namespace lisan;

namespace {

struct Row {
  const char* rule;
  const char* text;
  const char* query;
  bool match;
};

const Row kRows[] = {
    {"proclitic + article, query without", "وصل الوفد والوزير إلى المدينة", "وزير", true},
    {"proclitic + article, query with", "وصل الوزير", "والوزير", true},
    {"lam + article on a teh-marbuta noun", "عاد الطلاب للمدرسة صباحا", "مدرسة", true},
    {"short stem after ba", "أخذه بيد قوية", "يد", true},
    {"root letter kept: seas vs hot", "الجو حار اليوم", "بالبحار", false},
    {"sound feminine plural", "اجتمعت المعلمات في القاعة", "معلم", true},
    {"masculine plural", "أضرب المعلمون عن العمل", "المعلمين", true},
    {"dual of a teh-marbuta noun", "افتتحت مدرستان جديدتان", "المدرسة", true},
    {"nisba feminine and plural", "قالت الحكومة المصرية", "المصريين", true},
    {"nisba is not the country", "زار الوفد مصر", "المصرية", false},
    {"attached pronoun", "نشر كتابهم الأول", "كتاب", true},
    {"alef maksura spellings", "نقل إلى المستشفى", "المستشفي", true},
    {"teh marbuta spellings", "في المدرسه", "المدرسة", true},
    {"hamza seats", "تصريح المسؤولين", "المسئولين", true},
    {"seat hamza before alef is not madda", "سال الماء في الوادي", "سؤال", false},
    {"ezafe hamza mark folds away", "خانه\u0654 ما", "خانه", true},
    {"captives must not find families", "دعم للأسر المحتاجة", "الأسرى", false},
    {"families must not find captives", "الإفراج عن الأسرى", "للأسر", false},
    {"captives find captives", "الإفراج عن الأسرى", "أسرى", true},
    {"dagger alefs: one kept, one dropped", "خَلَقَ ٱلسَّمَٰوَٰتِ وَٱلۡأَرۡضَ", "السموات", true},
    {"dagger alefs: both kept", "خَلَقَ ٱلسَّمَٰوَٰتِ وَٱلۡأَرۡضَ", "السماوات", true},
};

struct Index {
  test::TempDir dir;
  std::string db = dir.file("db");
  Index() {
    indexer::IndexWriter writer(db);
    indexer::DocumentBuilder builder;
    for (std::size_t i = 0; i < std::size(kRows); ++i) {
      Record r;
      r.id = "ar" + std::to_string(i);
      r.text = kRows[i].text;
      r.lang = "ar";
      writer.put(builder.build(r));
    }
    writer.commit();
  }
};

}  // namespace

TEST_CASE("Arabic round trip through the indexer and the query code, one row per rule",
          "[roundtrip][ar][issue16]") {
  static Index index;  // built once for all rows
  analysis::Analyzer analyzer;
  for (std::size_t i = 0; i < std::size(kRows); ++i) {
    const Row& row = kRows[i];
    query::QueryOptions options;
    options.dbs = {index.db};
    options.query = std::string("(") + row.query + ") id:ar" + std::to_string(i);
    options.limit = 1;
    const query::Report report = query::run_query(options, analyzer);
    INFO(row.rule << "\n  text:  " << row.text << "\n  query: " << row.query
                  << "\n  xapian: " << report.xapian_query);
    CHECK((report.result.estimated > 0) == row.match);
  }
}
