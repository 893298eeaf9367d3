// The SVG charts of query/plot_svg.h: well-formed XML (a small checker below:
// balanced tags, quoted attributes, only the five XML entities), one group per
// series, legend names escaped and isolated, and the
// --matrix chart built from a DayMatrix (query/campaign/matrix_plot.h).
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "query/campaign/matrix_plot.h"
#include "query/plot_svg.h"

using namespace lisan::query;

namespace {

// "" when `xml` is one well-formed element; else what is wrong and where.
std::string xml_problem(const std::string& xml) {
  std::vector<std::string> open;
  bool root_seen = false;
  const auto bad_text = [](const std::string& text) -> std::string {
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '<') return "'<' in text";
      if (text[i] != '&') continue;
      const std::size_t semi = text.find(';', i);
      if (semi == std::string::npos) return "'&' without ';'";
      const std::string entity = text.substr(i + 1, semi - i - 1);
      if (entity != "amp" && entity != "lt" && entity != "gt" && entity != "quot" && entity != "apos")
        return "unknown entity &" + entity + ";";
    }
    return "";
  };
  std::size_t i = 0;
  while (i < xml.size()) {
    const std::size_t lt = xml.find('<', i);
    const std::string text = xml.substr(i, lt == std::string::npos ? std::string::npos : lt - i);
    if (const std::string p = bad_text(text); !p.empty()) return p + " at " + std::to_string(i);
    if (open.empty() && text.find_first_not_of(" \n") != std::string::npos) return "text outside the root";
    if (lt == std::string::npos) break;
    const std::size_t gt = xml.find('>', lt);
    if (gt == std::string::npos) return "unclosed tag at " + std::to_string(lt);
    std::string tag = xml.substr(lt + 1, gt - lt - 1);
    i = gt + 1;
    if (!tag.empty() && tag[0] == '/') {
      if (open.empty() || open.back() != tag.substr(1)) return "</" + tag.substr(1) + "> closes nothing open";
      open.pop_back();
      continue;
    }
    const bool empty = !tag.empty() && tag.back() == '/';
    if (empty) tag.pop_back();
    const std::string name = tag.substr(0, tag.find(' '));
    if (name.empty()) return "tag without a name at " + std::to_string(lt);
    if (open.empty() && root_seen) return "second root element <" + name + ">";
    root_seen = true;
    // Attributes: name="value", value without '<' or a bare '&'.
    std::size_t a = name.size();
    while (a < tag.size()) {
      if (tag[a] == ' ') {
        ++a;
        continue;
      }
      const std::size_t eq = tag.find("=\"", a);
      if (eq == std::string::npos) return "attribute without =\"...\" in <" + name + ">";
      const std::size_t close = tag.find('"', eq + 2);
      if (close == std::string::npos) return "unterminated attribute in <" + name + ">";
      if (const std::string p = bad_text(tag.substr(eq + 2, close - eq - 2)); !p.empty()) return p + " in an attribute";
      a = close + 1;
    }
    if (!empty) open.push_back(name);
  }
  if (!open.empty()) return "<" + open.back() + "> not closed";
  return root_seen ? "" : "no element";
}

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t p = text.find(what); p != std::string::npos; p = text.find(what, p + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("the XML checker catches what a browser would refuse", "[plot]") {
  CHECK(xml_problem("<svg><g a=\"1\"><title>x &amp; y</title></g></svg>\n").empty());
  CHECK_FALSE(xml_problem("<svg><g></svg>").empty());
  CHECK_FALSE(xml_problem("<svg>a & b</svg>").empty());
  CHECK_FALSE(xml_problem("<svg a=\"<\"/>").empty());
  CHECK_FALSE(xml_problem("<svg/><svg/>").empty());
}

TEST_CASE("the timeline plot is the one-series case without a legend", "[plot]") {
  const std::vector<TimelineBucket> b = {{"2021-W38", "2021-09-20", 12}, {"2021-W39", "2021-09-27", 0},
                                         {"2021-W40", "2021-10-04", 3}};
  const std::string svg = timeline_svg(b, {"Matches per week: \"x\" & <y>", "3 periods", "index z"});
  INFO(svg);
  CHECK(xml_problem(svg).empty());
  CHECK(svg.find("width=\"960\" height=\"480\"") != std::string::npos);
  CHECK(count_of(svg, "<rect x=") == 3);
  CHECK(count_of(svg, "fill=\"#3b6ea5\"") == 3);
  CHECK(svg.find("class=\"legend\"") == std::string::npos);
  CHECK(svg.find("<polyline") == std::string::npos);
  CHECK(svg.find("<title>2021-W38: 12</title>") != std::string::npos);
  CHECK(svg.find("&quot;x&quot; &amp; &lt;y&gt;") != std::string::npos);

  const std::string none = timeline_svg({}, {"t", "s", "f"});
  CHECK(xml_problem(none).empty());
  CHECK(none.find(">no dated matches</text>") != std::string::npos);
}

TEST_CASE("a matrix chart has one line and one legend entry per top value", "[plot]") {
  using lisan::query::campaign::DayMatrix;
  DayMatrix m;
  m.field = "hashtag";
  m.matches = 60;
  m.undated = 2;
  m.distinct = 20;
  m.columns = {"FreeTheCaptives", "أنقذوا_الأسرى", "EsirlereÖzgürlük", "a&b<c>\"d\""};
  for (int i = 5; i <= 12; ++i) m.columns.push_back("tag" + std::to_string(i));
  REQUIRE(m.columns.size() == 12);
  for (int d = 1; d <= 3; ++d) {
    DayMatrix::Row row;
    row.period = "2021-09-2" + std::to_string(d);
    row.matches = static_cast<Xapian::doccount>(10 * d);
    for (std::size_t c = 0; c < m.columns.size(); ++c) row.counts.push_back(static_cast<Xapian::doccount>(d + c % 3));
    m.rows.push_back(row);
  }
  const ChartData data = lisan::query::campaign::day_matrix_chart(m);
  REQUIRE(data.series.size() == 13);
  CHECK(data.series[0].bars);
  CHECK(data.series[0].values == std::vector<std::uint64_t>{10, 20, 30});
  CHECK(data.series[1].name == "#FreeTheCaptives");
  CHECK(data.periods == std::vector<std::string>{"2021-09-21", "2021-09-22", "2021-09-23"});

  const PlotLabels labels = lisan::query::campaign::day_matrix_labels(m, "storm", 341, "index x");
  CHECK(labels.title == "Matches per day per top hashtag: storm");
  CHECK(labels.subtitle == "60 matching of 341 documents (2 undated, not shown) · top 12 of 20 hashtag values");
  const std::string svg = chart_svg(data, labels);
  INFO(svg);
  CHECK(xml_problem(svg).empty());
  CHECK(count_of(svg, "<g class=\"series\">") == 13);
  CHECK(count_of(svg, "<polyline") == 12);
  CHECK(count_of(svg, "<g class=\"legend\">") == 13);
  CHECK(count_of(svg, "stroke-dasharray") >= 4);  // series 11 and 12: line and swatch dashed
  // Names are UTF-8 as given, escaped, and each is a Unicode isolate
  // (FSI .. PDI): an Arabic one reads right to left inside the LTR entry.
  CHECK(svg.find("#a&amp;b&lt;c&gt;&quot;d&quot;") != std::string::npos);
  CHECK(svg.find(">\u2068#أنقذوا_الأسرى\u2069 <tspan") != std::string::npos);
  CHECK(svg.find(">\u2068#EsirlereÖzgürlük\u2069 <tspan") != std::string::npos);
  CHECK(svg.find("\u2068#FreeTheCaptives\u2069 <tspan fill=\"#666\">(6)</tspan>") != std::string::npos);  // 1+2+3
  CHECK(svg.find("direction=\"rtl\"") == std::string::npos);
  CHECK(svg.find("<title>2021-09-23 #FreeTheCaptives: 3</title>") != std::string::npos);
  // Tall enough for the 13 legend rows, wide enough for the legend column.
  CHECK(svg.find("width=\"1210\"") != std::string::npos);
}

TEST_CASE("long legend names are cut on a character boundary", "[plot]") {
  ChartData data;
  data.periods = {"2021-10-01"};
  data.series.push_back({std::string(40, 'x'), {1}, false});
  data.series.push_back({"ğ" + std::string(40, 'y'), {2}, false});
  data.series.push_back({"", {3}, false});
  const std::string svg = chart_svg(data, {"t", "s", "f"});
  CHECK(xml_problem(svg).empty());
  CHECK(svg.find(std::string(28, 'x') + "…") != std::string::npos);
  CHECK(svg.find("ğ" + std::string(27, 'y') + "…") != std::string::npos);
  CHECK(count_of(svg, "<g class=\"legend\">") == 2);  // the unnamed series has none
  CHECK(count_of(svg, "<polyline") == 3);
}
