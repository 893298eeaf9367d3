// End-to-end, issue 18 ("Charts"): the --plot SVGs as a person sees them in
// Chromium. Each chart is inlined in a page whose script measures what the
// browser drew (getBoundingClientRect, getBBox) and writes its findings into
// the page; `chromium --headless --dump-dom` returns them. Checked: legend
// names (Arabic ones too) start right of their swatch and outside the plot,
// and the x-axis labels are far enough apart not to touch.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "tests/e2e/cli_runner.h"

using namespace lisan::test;

namespace {

const char kMeasure[] = R"JS(
<script>
const problems = [];
const svg = document.querySelector('svg');
const edge = svg.getBoundingClientRect().right;
const plot = document.querySelector('.plot-area').getBoundingClientRect();
const legends = [...document.querySelectorAll('g.legend')];
let rtl = 0;
for (const g of legends) {
  const name = g.querySelector('title').textContent;
  if (/[\u0590-\u08FF]/.test(name)) ++rtl;
  const swatch = g.querySelector('.swatch').getBoundingClientRect();
  const text = g.querySelector('.legend-name').getBoundingClientRect();
  if (text.left < swatch.right) problems.push(`legend "${name}" drawn over its swatch (${text.left} < ${swatch.right})`);
  if (text.left < plot.right) problems.push(`legend "${name}" drawn into the plot (${text.left} < ${plot.right})`);
  if (text.right > edge) problems.push(`legend "${name}" past the chart's edge`);
}
// Labels are rotated -45 degrees about their anchor: two neighbours touch
// when the distance between their parallel baselines is under a line.
const labels = [...document.querySelectorAll('text.x-label')];
for (let i = 1; i < labels.length; ++i) {
  const gap = (labels[i].transform.baseVal[0].matrix.e - labels[i - 1].transform.baseVal[0].matrix.e) * Math.SQRT1_2;
  const height = labels[i].getBBox().height;
  if (gap < height) problems.push(`x labels ${labels[i - 1].textContent} and ${labels[i].textContent} overlap`);
}
document.getElementById('result').textContent =
    `legends ${legends.length} rtl ${rtl} labels ${labels.length} first ${labels.length ? labels[0].textContent : ''}` +
    ` last ${labels.length ? labels[labels.length - 1].textContent : ''}\n` + problems.join('\n');
</script>
)JS";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// What the page's script found: its first line, then one line per problem.
std::vector<std::string> measure_in_chromium(const TempDir& dir, const std::string& svg_path) {
  const std::string chromium = find_program("chromium");
  if (chromium.empty()) FAIL("Chromium is not installed: scripts/install-deps installs chromium");
  const std::string page = dir.write(
      "page.html", "<!doctype html><html><body style=\"margin:0\">" + slurp(svg_path) +
                       "<pre id=\"result\">not measured</pre>" + kMeasure + "</body></html>");
  const RunResult r = run(chromium, {"--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + dir.file("profile"),
                                     "--dump-dom", "file://" + page});
  INFO(r.err);
  REQUIRE(r.status == 0);
  const std::size_t from = r.out.find("<pre id=\"result\">"), to = r.out.find("</pre>", from);
  REQUIRE(from != std::string::npos);
  REQUIRE(to != std::string::npos);
  return lines(r.out.substr(from + 17, to - from - 17));
}

}  // namespace

TEST_CASE("matrix plot legends, Arabic ones too, stay beside their swatches in Chromium",
          "[e2e][issue18][plot][chromium]") {
  const TempDir dir;
  const std::string c = corpus_dir() + "/jsonl/";
  const std::string db = dir.file("db");
  REQUIRE(lisan_index({"--db", db, "--quiet", c + "channel_posts.jsonl", c + "reposts.jsonl"}).status == 0);
  const std::string svg = dir.file("matrix.svg");
  const RunResult q = lisan_query({"--db", db, "--matrix", "hashtag", "--limit", "12", "--plot", svg, ""});
  INFO(q.err);
  REQUIRE(q.status == 0);
  const std::vector<std::string> found = measure_in_chromium(dir, svg);
  REQUIRE_FALSE(found.empty());
  INFO(slurp(dir.file("page.html")).size() << " bytes of page; found:\n" << found.size());
  CAPTURE(found);
  CHECK(found[0].rfind("legends 13 rtl 2 labels ", 0) == 0);  // all matches + 12 hashtags, 2 of them Arabic
  CHECK(found.size() == 1);                                  // no problem line
}

TEST_CASE("daily x-axis labels are thinned by the range and never overlap", "[e2e][issue18][plot][chromium]") {
  const TempDir dir;
  // Days over six months, and over three years.
  struct Range {
    const char* first;
    const char* last;
    const char* first_label;  // the first label shown: the range's first day, a Monday or a month's 1st
  };
  const Range ranges[] = {{"2021-09-06", "2021-09-20", "2021-09-06"},
                          {"2021-09-08", "2022-02-26", "2021-09-13"},
                          {"2019-01-05", "2021-12-31", "2019-02-01"}};
  for (const Range& range : ranges) {
    CAPTURE(range.first, range.last);
    const std::string db = dir.file(std::string("db") + range.first);
    const std::string input = std::string("{\"id\":\"a\",\"lang\":\"en\",\"text\":\"storm\",\"date\":\"") + range.first +
                              "T10:00:00Z\"}\n{\"id\":\"b\",\"lang\":\"en\",\"text\":\"storm\",\"date\":\"" + range.last +
                              "T10:00:00Z\"}\n";
    REQUIRE(lisan_index({"--db", db, "--quiet", dir.write("in.jsonl", input)}).status == 0);
    const std::string svg = dir.file("timeline.svg");
    REQUIRE(lisan_query({"--db", db, "--timeline", "day", "--plot", svg, "--count", "storm"}).status == 0);
    const std::vector<std::string> found = measure_in_chromium(dir, svg);
    REQUIRE_FALSE(found.empty());
    CAPTURE(found);
    CHECK(found[0].find(std::string(" first ") + range.first_label + " ") != std::string::npos);
    CHECK(found.size() == 1);  // no overlapping labels
  }
}
