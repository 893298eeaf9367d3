// Network outputs (query/network/network_printers.h): hostile account names
// and items are escaped in GraphML, GEXF, CSV and the text summary; the
// summary says what window and thresholds were used.
#include <catch2/catch.hpp>

#include "query/network/network_printers.h"

using namespace lisan::query::network;

namespace {

NetworkResult hostile_result() {
  NetworkResult r;
  r.query = "#tag";
  r.run_at = "2021-09-24T00:00:00Z";
  const std::string evil = "<b>&\"x'\x01\x1b[31m";
  for (const char* item : {"=HYPERLINK(\"http://x\")", "https://a.example/?q=<script>"}) {
    r.table.add("telegram", evil, item, 100);
    r.table.add("twitter", "@plain", item, 105);
  }
  r.options.params.window = 30;
  build_result(r);
  return r;
}

}  // namespace

TEST_CASE("xml_text escapes markup, drops characters XML forbids, repairs UTF-8", "[network]") {
  using Row = std::pair<std::string, std::string>;
  for (const auto& [in, out] : std::vector<Row>{{"a<b>&\"c'", "a&lt;b&gt;&amp;&quot;c&apos;"},
                                                {"bell\x07" "esc\x1b", "bell esc "},
                                                {"nonchar\xEF\xBF\xBE!", "nonchar !"},
                                                {"عربي", "عربي"},
                                                {"bad\xC3(", "bad\xEF\xBF\xBD("}}) {
    CAPTURE(in);
    CHECK(xml_text(in) == out);
  }
}

TEST_CASE("graph files carry hostile names only escaped", "[network]") {
  const NetworkResult r = hostile_result();
  REQUIRE(r.network.edges.size() == 1);
  for (const std::string& xml : {network_graphml(r), network_gexf(r)}) {
    CHECK(xml.find("<b>") == std::string::npos);
    CHECK(xml.find('\x01') == std::string::npos);
    CHECK(xml.find('\x1b') == std::string::npos);
    CHECK(xml.find("&lt;b&gt;&amp;&quot;x&apos;") != std::string::npos);
    CHECK(xml.find("&lt;script&gt;") != std::string::npos);
  }
  const std::string graphml = network_graphml(r);
  CHECK(graphml.find("<data key=\"weight\">2</data>") != std::string::npos);
  CHECK(graphml.find("<data key=\"g_window\">30</data>") != std::string::npos);
  CHECK(network_gexf(r).find("weight=\"2\"") != std::string::npos);
}

TEST_CASE("csv edge list: one row per edge, formula-like cells neutralised", "[network]") {
  const NetworkResult r = hostile_result();
  const std::string csv = network_csv(r);
  CHECK(csv.rfind("source,target,source_platform,target_platform,weight,item_count,actions_source,"
                  "actions_target,symmetry,first,last,items\r\n", 0) == 0);
  CHECK(csv.find("\"'=HYPERLINK") != std::string::npos);
  CHECK(csv.find(",2,2,2,2,1.000,") != std::string::npos);
  CHECK(network_csv(r, lisan::query::CsvCells::kRaw).find("\"=HYPERLINK") != std::string::npos);
}

TEST_CASE("text summary: what was used, the control, groups, terminal-safe names", "[network]") {
  const NetworkResult r = hostile_result();
  const std::string text = network_text(r);
  CHECK(text.find("window: 30 s (given with --window)") != std::string::npos);
  CHECK(text.find("edges kept: weight (distinct items co-posted) >= 2 (--min-repeats 2)") != std::string::npos);
  CHECK(text.find("control") != std::string::npos);
  CHECK(text.find("group 1: 2 accounts, 1 edges, weight 2") != std::string::npos);
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find('\x01') == std::string::npos);
  const nlohmann::json j = network_json(r);
  CHECK(j["min_weight"] == 2);
  CHECK(j["window_seconds"] == 30);
  CHECK(j["network"]["edges"] == 1);
  CHECK(j["groups"].size() == 1);
}
