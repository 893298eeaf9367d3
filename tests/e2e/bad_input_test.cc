// End-to-end: the real lisan-index on hostile input, then lisan-query on
// what it wrote (issue 17, "nothing lost, nothing silently wrong"). The
// small fixtures are in tests/data/bad-input/ (README.md there lists them);
// what is large or cannot be committed (a 50 MB line, JSON nested 100,000
// deep, odd file names, binary and cut-off files) is made here, in a
// temporary directory.
//
// For every run: no crash (exit status 0, 1 or 2, never a signal), the
// summary adds up (read = indexed + replaced + skipped + rejected), every
// record of a fixture is either searchable or reported on stderr with its
// FILE:LINE, the good records beside the bad ones are searchable, the query
// outputs are well formed and the text output carries no terminal escape,
// and the children's peak memory stays under 1 GB.
#include <sys/resource.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "tests/e2e/cli_runner.h"

using namespace lisan::test;

namespace {

const std::string kBad = LISAN_TEST_DATA "/bad-input/";
const std::string kSamples = LISAN_TEST_DATA "/samples/";
constexpr long kMaxChildRssKb = 1024L * 1024L;  // 1 GB

// One record of a fixture: the word only it holds ("" = none), its id when
// known ("" = whatever the reader makes of it), the line it starts on, and
// whether it is a good record that must be indexed.
struct Rec {
  std::string word;
  std::string id;
  std::uint64_t line;
  bool must_index = false;
};

struct Fixture {
  std::string file;    // in tests/data/bad-input/
  std::string format;  // --format
  std::vector<Rec> records;
};

Rec good(std::string word, std::string id, std::uint64_t line) { return Rec{std::move(word), std::move(id), line, true}; }

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

long peak_child_rss_kb() {
  rusage usage{};
  getrusage(RUSAGE_CHILDREN, &usage);
  return usage.ru_maxrss;
}

// Exit status 0, 1 or 2 (never a signal, which run() reports as 128+N) and a
// summary line that adds up. Returns the number of records read.
std::uint64_t check_index_run(const RunResult& r) {
  INFO("lisan-index stderr (first 4 KB):\n" << r.err.substr(0, 4096));
  CHECK(r.status >= 0);
  CHECK(r.status <= 2);
  const IndexSummary s = index_summary(r.err);
  CHECK(s.found);
  if (!s.found) return 0;
  CHECK(s.adds_up());
  return static_cast<std::uint64_t>(s.read);
}

bool searchable(const std::string& db, const Rec& rec) {
  if (!rec.id.empty()) {
    const auto ids = hit_ids(db, "id:" + rec.id);
    if (std::find(ids.begin(), ids.end(), rec.id) != ids.end()) return true;
  }
  if (!rec.word.empty()) {
    const auto ids = hit_ids(db, rec.word);
    if (rec.id.empty() ? !ids.empty() : std::find(ids.begin(), ids.end(), rec.id) != ids.end()) return true;
  }
  return false;
}

// lisan-query in every output format on everything the fixtures' good words
// match: no failure, JSON that parses, and no ESC or other C0 control but
// tab and newline in the text output (a record must not drive the terminal).
void check_query_outputs(const std::string& db, const std::string& query) {
  for (const std::string format : {"text", "json", "jsonl", "csv"}) {
    const RunResult q = lisan_query({"--db", db, "--format", format, "--limit", "100", query});
    INFO("lisan-query --format " << format << " " << query << "\nstderr: " << q.err);
    CHECK((q.status == 0 || q.status == 1));
    if (format == "json" && q.status == 0) CHECK_NOTHROW(nlohmann::json::parse(q.out));
    if (format == "jsonl")
      for (const auto& line : lines(q.out)) CHECK_NOTHROW(nlohmann::json::parse(line));
    if (format == "text") {
      const bool has_control = q.out.find_first_of(std::string("\x1b\x07\x08\x0d\x00", 5)) != std::string::npos;
      CHECK_FALSE(has_control);
    }
  }
}

void check_fixture(const Fixture& f) {
  INFO("fixture " << f.file << " (--format " << f.format << ")");
  TempDir dir;
  const std::string db = dir.file("db");
  const RunResult r = lisan_index({"--db", db, "--format", f.format, "-q", kBad + f.file});
  check_index_run(r);
  INFO("stderr:\n" << r.err.substr(0, 4096));
  for (const Rec& rec : f.records) {
    INFO("record on line " << rec.line << " (" << rec.word << " " << rec.id << ")");
    const bool found = searchable(db, rec);
    const bool reported = r.err.find(f.file + ":" + std::to_string(rec.line) + ":") != std::string::npos ||
                          r.err.find(f.file + ":" + std::to_string(rec.line) + " (") != std::string::npos;
    if (rec.must_index) CHECK(found);
    CHECK((found || reported));  // never lost without a word
  }
  check_query_outputs(db, "good*");
}

std::string tweet_id(int n) { return "twitter:" + std::to_string(1451601000000000000LL + n); }
std::string tg_id(int n) { return "telegram:1712345678:" + std::to_string(n); }

}  // namespace

TEST_CASE("bad input: invalid UTF-8, lone surrogates, NUL bytes", "[e2e][bad-input]") {
  const std::vector<Fixture> fixtures = {
      {"utf8_invalid.jsonl", "jsonl",
       {good("goodalpha", "bi:utf8:1", 1), {"goodbravo", "bi:utf8:2", 2}, {"goodcharlie", "bi:utf8:3", 3},
        {"goodecho", "bi:utf8:4", 4}, {"goodfoxtrot", "bi:utf8:5", 5}, good("goodgolf", "bi:utf8:6", 6)}},
      {"surrogates.jsonl", "jsonl",
       {good("goodalpha", "bi:sur:1", 1), {"goodbravo", "bi:sur:2", 2}, {"goodcharlie", "bi:sur:3", 3},
        {"gooddelta", "bi:sur:4", 4}, {"goodecho", "bi:sur:5", 5}, good("goodfoxtrot", "bi:sur:6", 6),
        good("goodgolf", "bi:sur:7", 7)}},
      {"nul.jsonl", "jsonl",
       {good("goodalpha", "bi:nul:1", 1), {"goodbravo", "bi:nul:2", 2}, good("goodcharlie", "bi:nul:3", 3),
        {"", "", 4}, good("goodecho", "bi:nul:5", 5)}},
      {"nul.csv", "csv",
       {good("goodalpha", "bi:nulcsv:1", 2), {"goodbravo", "bi:nulcsv:2", 3}, good("goodcharlie", "bi:nulcsv:3", 4)}},
      // Found by fuzz target reader_csv: an unknown column kept in meta under an invalid UTF-8 name.
      {"csv_column_name_invalid_utf8.csv", "csv", {good("goodalpha", "bi:csvh:1", 2), good("goodbravo", "bi:csvh:2", 3)}},
  };
  for (const Fixture& f : fixtures) check_fixture(f);
  CHECK(peak_child_rss_kb() < kMaxChildRssKb);
}

TEST_CASE("bad input: wrong JSON types in lisan JSONL, Twitter v1.1 and Telegram JSON", "[e2e][bad-input]") {
  const std::vector<Fixture> fixtures = {
      {"wrong_types.jsonl", "jsonl",
       {good("goodalpha", "bi:wt:1", 1), {"goodbravo", "", 2}, {"", "bi:wt:3", 3}, {"", "bi:wt:4", 4},
        {"", "bi:wt:5", 5}, {"", "bi:wt:6", 6}, {"", "bi:wt:7", 7}, {"", "", 8}, {"", "", 9}, {"", "", 10},
        {"", "", 11}, {"", "", 12}, {"", "", 13}, {"", "bi:wt:14", 14}, {"", "bi:wt:15", 15},
        good("goodgolf", "bi:wt:16", 16)}},
      {"wrong_types_v1.jsonl", "twitter-v1",
       {good("goodalpha", tweet_id(1), 1), {"goodbravo", tweet_id(2), 2}, {"goodcharlie", tweet_id(3), 3},
        {"gooddelta", tweet_id(4), 4}, {"goodecho", tweet_id(5), 5}, {"", tweet_id(6), 6},
        {"goodgolf", tweet_id(7), 7}, {"goodhotel", tweet_id(8), 8}, {"goodindia", tweet_id(9), 9},
        {"goodjuliet", tweet_id(10), 10}, {"goodkilo", tweet_id(11), 11}, good("goodlima", tweet_id(12), 12)}},
      {"wrong_types_result.json", "telegram-json",
       {good("goodalpha", tg_id(1), 6), {"", tg_id(2), 21}, {"goodcharlie", tg_id(3), 31},
        {"gooddelta", tg_id(4), 41}, {"goodecho", "", 56}, {"goodfoxtrot", tg_id(6), 71}, {"", tg_id(7), 88},
        {"goodhotel", tg_id(8), 108}, {"goodindia", tg_id(9), 127}, good("goodjuliet", tg_id(10), 145)}},
  };
  for (const Fixture& f : fixtures) check_fixture(f);
}

TEST_CASE("bad input: absurd dates and numbers", "[e2e][bad-input]") {
  std::vector<Rec> dates = {good("goodalpha", "bi:ad:1", 1)};
  const char* words[] = {"goodbravo", "goodcharlie", "gooddelta", "goodecho", "goodfoxtrot", "goodgolf",
                         "goodhotel", "goodindia", "goodjuliet", "goodkilo", "goodlima", "goodmike",
                         "goodnovember", "goodoscar", "goodpapa"};
  for (int i = 0; i < 15; ++i) dates.push_back({words[i], "bi:ad:" + std::to_string(i + 2), std::uint64_t(i + 2)});
  dates.push_back(good("goodquebec", "bi:ad:17", 17));
  const std::vector<Fixture> fixtures = {
      {"absurd_dates.jsonl", "jsonl", dates},
      {"absurd_v1.jsonl", "twitter-v1",
       {good("goodalpha", tweet_id(1), 1), {"goodbravo", tweet_id(2), 2}, {"goodcharlie", tweet_id(3), 3},
        {"goodecho", "", 4}, {"goodfoxtrot", "", 5}, {"goodgolf", "", 6}, good("goodhotel", tweet_id(8), 7)}},
      {"absurd_result.json", "telegram-json",
       {good("goodalpha", tg_id(1), 6), {"goodbravo", tg_id(2), 21}, {"goodcharlie", tg_id(3), 36},
        {"gooddelta", "", 51}, {"goodecho", "", 66}, {"goodfoxtrot", tg_id(6), 81}, {"goodgolf", tg_id(7), 96},
        {"goodhotel", "", 113}, good("goodindia", tg_id(9), 128)}},
      // Found by the fuzz targets of every JSON reader: a number beyond a double's range.
      {"number_overflow.jsonl", "jsonl",
       {good("goodalpha", "bi:no:1", 1), {"goodbravo", "bi:no:2", 2}, {"goodcharlie", "bi:no:3", 3},
        good("goodecho", "bi:no:4", 4)}},
  };
  for (const Fixture& f : fixtures) check_fixture(f);
}

TEST_CASE("bad input: bidi overrides and terminal escapes in records and queries", "[e2e][bad-input]") {
  const Fixture f{"bidi.jsonl", "jsonl",
                  {good("goodalpha", "bi:bidi:1", 1), good("goodbravo", "bi:bidi:2", 2),
                   good("goodcharlie", "bi:bidi:3", 3), good("gooddelta", "bi:bidi:4", 4),
                   good("goodecho", "bi:bidi:5", 5), good("goodfoxtrot", "bi:bidi:6", 6)}};
  check_fixture(f);
  TempDir dir;
  const std::string db = dir.file("db");
  check_index_run(lisan_index({"--db", db, "--format", "jsonl", "-q", kBad + f.file}));
  // Format controls typed (or pasted) into a query do not hide the word.
  CHECK(hit_ids(db, "\u202egoodbravo\u202c") == std::vector<std::string>{"bi:bidi:2"});
  CHECK(hit_ids(db, "\u2066goodcharlie\u2069") == std::vector<std::string>{"bi:bidi:3"});
  // show prints the stored text: no terminal escapes there either.
  const RunResult show = lisan_query({"--db", db, "show", "bi:bidi:4"});
  CHECK(show.status == 0);
  CHECK(show.out.find('\x1b') == std::string::npos);
}

TEST_CASE("bad input: mixed encodings in one file", "[e2e][bad-input]") {
  const std::vector<Fixture> fixtures = {
      {"mixed_encoding.txt", "text", {good("goodalpha", "", 1), good("goodbravo", "", 1)}},
      {"mixed_encoding.csv", "csv",
       {good("goodalpha", "bi:mix:1", 2), {"goodbravo", "bi:mix:2", 3}, good("goodcharlie", "bi:mix:3", 4)}},
  };
  for (const Fixture& f : fixtures) check_fixture(f);
}

TEST_CASE("bad input: a 50 MB line among good records, in bounded memory", "[e2e][bad-input]") {
  TempDir dir;
  const std::string huge(50u << 20, 'a');
  struct Row {
    std::string file, format, first, last;
    std::string good_first_id, good_last_id;
  };
  const std::vector<Row> rows = {
      {"big.jsonl", "jsonl", R"({"id": "bi:big:1", "text": "goodalpha"})", R"({"id": "bi:big:3", "text": "goodcharlie"})",
       "bi:big:1", "bi:big:3"},
      {"big_v1.jsonl", "twitter-v1",
       R"({"created_at": "Fri Oct 22 14:03:11 +0000 2021", "id_str": "1451601000000000001", "full_text": "goodalpha", "user": {"screen_name": "b"}})",
       R"({"created_at": "Fri Oct 22 14:03:11 +0000 2021", "id_str": "1451601000000000003", "full_text": "goodcharlie", "user": {"screen_name": "b"}})",
       tweet_id(1), tweet_id(3)},
  };
  for (const Row& row : rows) {
    INFO(row.file);
    // Line 2: a record whose text string never ends (50 MB, then the line end).
    const std::string path = dir.write(row.file, row.first + "\n{\"id\": \"bi:big:2\", \"text\": \"" + huge + "\n" +
                                                     row.last + "\n");
    const std::string db = dir.file("db-" + row.format);
    const RunResult r = lisan_index({"--db", db, "--format", row.format, "-q", path});
    check_index_run(r);
    CHECK(r.err.find(row.file + ":2:") != std::string::npos);
    CHECK(r.err.size() < (1u << 20));  // the message quotes a bounded piece of the line
    CHECK(hit_ids(db, "goodalpha") == std::vector<std::string>{row.good_first_id});
    CHECK(hit_ids(db, "goodcharlie") == std::vector<std::string>{row.good_last_id});
  }
  const long rss = peak_child_rss_kb();
  INFO("peak RSS of a child: " << rss / 1024 << " MB");
  CHECK(rss < kMaxChildRssKb);
}

TEST_CASE("bad input: JSON nested 100,000 deep", "[e2e][bad-input]") {
  TempDir dir;
  const std::string open(100000, '['), close(100000, ']');
  struct Row {
    std::string file, format, content, first_id, last_id;
  };
  const std::string tw1 =
      R"({"created_at": "Fri Oct 22 14:03:11 +0000 2021", "id_str": "1451601000000000001", "full_text": "goodalpha", "user": {"screen_name": "b"}})";
  const std::string tw3 =
      R"({"created_at": "Fri Oct 22 14:03:11 +0000 2021", "id_str": "1451601000000000003", "full_text": "goodcharlie", "user": {"screen_name": "b"}})";
  const std::string tg_head =
      R"({"name": "Deep", "type": "public_channel", "id": 1712345678, "messages": [)"
      R"({"id": 1, "type": "message", "date": "2021-10-22T14:03:11", "date_unixtime": "1634911391", "text": "goodalpha"},)";
  const std::vector<Row> rows = {
      {"deep_meta.jsonl", "jsonl",
       "{\"id\": \"bi:deep:1\", \"text\": \"goodalpha\"}\n{\"id\": \"bi:deep:2\", \"text\": \"gooddeep\", \"meta\": {\"x\": " +
           open + close + "}}\n{\"id\": \"bi:deep:3\", \"text\": \"goodcharlie\"}\n",
       "bi:deep:1", "bi:deep:3"},
      {"deep_cut.jsonl", "jsonl",
       "{\"id\": \"bi:deep:1\", \"text\": \"goodalpha\"}\n{\"id\": \"bi:deep:2\", \"meta\": " + open +
           "\n{\"id\": \"bi:deep:3\", \"text\": \"goodcharlie\"}\n",
       "bi:deep:1", "bi:deep:3"},
      {"deep_v1.jsonl", "twitter-v1",
       tw1 + "\n" + R"({"created_at": "Fri Oct 22 14:03:11 +0000 2021", "id_str": "1451601000000000002", "full_text": "gooddeep", "entities": {"hashtags": )" +
           open + close + "}}\n" + tw3 + "\n",
       tweet_id(1), tweet_id(3)},
      {"deep_twarc2.jsonl", "twarc2",
       R"({"data": [{"id": "1451601000000000001", "text": "goodalpha", "created_at": "2021-10-22T14:03:11.000Z"}]})"
       "\n{\"data\": [{\"id\": \"1451601000000000002\", \"text\": \"gooddeep\", \"entities\": " +
           open + close + "}]}\n" +
           R"({"data": [{"id": "1451601000000000003", "text": "goodcharlie", "created_at": "2021-10-22T14:03:11.000Z"}]})" +
           "\n",
       tweet_id(1), tweet_id(3)},
      {"deep_result.json", "telegram-json",
       tg_head + R"({"id": 2, "type": "message", "date": "2021-10-22T14:03:11", "date_unixtime": "1634911391", "text": )" +
           open + close +
           R"(}, {"id": 3, "type": "message", "date": "2021-10-22T14:03:11", "date_unixtime": "1634911391", "text": "goodcharlie"}]})",
       tg_id(1), tg_id(3)},
  };
  for (const Row& row : rows) {
    INFO(row.file << " (--format " << row.format << ")");
    const std::string db = dir.file("db-" + row.file);
    const RunResult r = lisan_index({"--db", db, "--format", row.format, "-q", dir.write(row.file, row.content)});
    check_index_run(r);
    CHECK(hit_ids(db, "goodalpha") == std::vector<std::string>{row.first_id});
    CHECK(hit_ids(db, "goodcharlie") == std::vector<std::string>{row.last_id});
    const bool deep_found = !hit_ids(db, "gooddeep").empty();
    const bool deep_reported = r.err.find(row.file + ":2") != std::string::npos ||
                               r.err.find(row.file + ":1 (message 2)") != std::string::npos;
    CHECK((deep_found || deep_reported));
  }
}

namespace {

// A sample of each format (tests/data/samples) and the name its copies get.
struct FormatSample {
  std::string format, sample, name;
};

const std::vector<FormatSample>& format_samples() {
  static const std::vector<FormatSample> kFormats = {
      {"jsonl", "generic/lisan_records.jsonl", "records.jsonl"},
      {"csv", "generic/records_with_header.csv", "records.csv"},
      {"text", "generic/text_tree/udhr/ar/article_01.txt", "article.txt"},
      {"html", "generic/news_article_nl.html", "article.html"},
      {"telegram-json", "telegram/synthetic_channel_result.json", "result.json"},
      {"telegram-html", "telegram/synthetic_messages.html", "messages.html"},
      {"4cat-telegram", "telegram/synthetic_4cat_telegram.ndjson", "export.ndjson"},
      {"telegram-tracker", "telegram/synthetic_telegram_tracker_messages.json", "messages.json"},
      {"4cat-telegram-csv", "telegram/synthetic_4cat_telegram_export.csv", "export.csv"},
      {"telegram-tracker-csv", "telegram/synthetic_telegram_tracker_msgs_dataset.csv", "msgs_dataset.csv"},
      {"snscrape-telegram", "telegram/synthetic_4cat_telegram.ndjson", "posts.jsonl"},
      {"twitter-v1", "twitter/synthetic_twarc1_v1_1.jsonl", "tweets.jsonl"},
      {"twarc2", "twitter/twarc2_retweet_page.real.jsonl", "twarc2.jsonl"},
      {"twarc2-flat", "twitter/twarc2_flattened_first5.real.jsonl", "flat.jsonl"},
      {"twitter-archive", "twitter/synthetic_archive_tweets.js", "tweets.js"},
      {"twitter-archive-notes", "twitter/synthetic_archive_note-tweet.js", "note-tweet.js"},
      {"snscrape-twitter", "twitter/synthetic_snscrape_twitter.jsonl", "snscrape.jsonl"},
      {"dmi-tcat", "twitter/synthetic_dmi_tcat_export.csv", "tcat.csv"},
      {"4cat-twitter-csv", "twitter/synthetic_4cat_twitter_export.csv", "export.csv"},
      {"twarc-csv", "twitter/twarc_csv_small_sample.real.csv", "twarc.csv"},
  };
  return kFormats;
}

// 64 KiB of bytes from a fixed linear congruential generator: NULs, high
// bytes, line ends, quotes and braces, the same on every run.
std::string binary_bytes() {
  std::string out(64 * 1024, '\0');
  std::uint32_t x = 12345;
  for (char& c : out) {
    x = x * 1103515245u + 12345u;
    c = static_cast<char>(x >> 16);
  }
  return out;
}

}  // namespace

TEST_CASE("bad input: empty, binary and cut-off files of every format", "[e2e][bad-input]") {
  const std::string binary = binary_bytes();
  TempDir all;  // every file of every format, for --format auto at the end
  for (const FormatSample& s : format_samples()) {
    DYNAMIC_SECTION("--format " << s.format) {
      TempDir dir;
      const std::string sample = slurp(kSamples + s.sample);
      REQUIRE(sample.size() > 3);
      // Each file in its own folder, under the name the format's files have.
      std::vector<std::string> inputs;
      const auto add = [&](const std::string& label, const std::string& bytes) {
        const std::string folder = dir.file(label);
        std::filesystem::create_directories(folder);
        const std::string path = folder + "/" + s.name;
        std::ofstream(path, std::ios::binary) << bytes;
        inputs.push_back(path);
        std::ofstream(all.file(s.format + "-" + label + "-" + s.name), std::ios::binary) << bytes;
      };
      add("empty", "");
      add("binary", binary);
      add("third", sample.substr(0, sample.size() / 3));
      add("two-thirds", sample.substr(0, sample.size() * 2 / 3));
      add("minus-one", sample.substr(0, sample.size() - 1));
      add("whole-with-nul", sample.substr(0, sample.size() / 2) + std::string(1, '\0') + sample.substr(sample.size() / 2));
      std::vector<std::string> args = {"--db", dir.file("db"), "--format", s.format, "-q"};
      args.insert(args.end(), inputs.begin(), inputs.end());
      const RunResult r = lisan_index(args);
      check_index_run(r);
      check_query_outputs(dir.file("db"), "a* OR e* OR t*");
    }
  }
  SECTION("--format auto on all of them") {
    const RunResult r = lisan_index({"--db", all.file("db"), "-q", all.path()});
    check_index_run(r);
  }
  CHECK(peak_child_rss_kb() < kMaxChildRssKb);
}

TEST_CASE("bad input: file names with spaces, newlines and invalid UTF-8", "[e2e][bad-input]") {
  TempDir dir;
  const std::string in = dir.file("in");
  std::filesystem::create_directories(in);
  struct Named {
    std::string name, word;
  };
  const std::vector<Named> jsonl = {{"a b.jsonl", "goodspace"}, {"new\nline.jsonl", "goodnewline"},
                                    {"bad\xff\xfe.jsonl", "goodinvalid"}};
  for (std::size_t i = 0; i < jsonl.size(); ++i)
    std::ofstream(in + "/" + jsonl[i].name, std::ios::binary)
        << R"({"id": "bi:name:)" << i << R"(", "text": ")" << jsonl[i].word << "\"}\n{not json\n";
  const std::vector<Named> text = {{"sp ace.txt", "goodtextspace"}, {"nl\nname.txt", "goodtextnewline"},
                                   {"inv\xff\xc0.txt", "goodtextinvalid"}};
  for (const Named& t : text) std::ofstream(in + "/" + t.name, std::ios::binary) << t.word << " in a text file\n";

  const std::string db = dir.file("db");
  const RunResult r = lisan_index({"--db", db, "-q", in});
  check_index_run(r);
  CHECK(r.status == 1);  // the three bad lines are rejected, the rest is indexed
  std::size_t reported = 0;
  for (std::size_t at = r.err.find(".jsonl:2:"); at != std::string::npos; at = r.err.find(".jsonl:2:", at + 1))
    ++reported;
  CHECK(reported == 3);
  for (const Named& n : jsonl) {
    INFO(n.name);
    CHECK(hit_ids(db, n.word).size() == 1);
  }
  for (const Named& t : text) {
    INFO(t.name);
    CHECK(hit_ids(db, t.word).size() == 1);
  }
  check_query_outputs(db, "good*");
  // An id made from an odd file name can be shown again.
  const RunResult q = lisan_query({"--db", db, "--format", "jsonl", "goodtextinvalid"});
  REQUIRE(q.status == 0);
  const std::string id = nlohmann::json::parse(lines(q.out).at(0))["id"];
  const RunResult show = lisan_query({"--db", db, "show", id});
  CHECK(show.status == 0);
  CHECK_THAT(show.out, Catch::Contains("goodtextinvalid"));
}
