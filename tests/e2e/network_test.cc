// End-to-end: lisan-query --network (issue 20) on an index of the synthetic
// corpus with known coordinated groups (bench/network_corpus.h) plus posts by
// accounts with hostile names. The GraphML and GEXF files are loaded by
// Python's xml.etree and by networkx (Debian python3-networkx); the CSV edge
// list and the JSON summary agree with them; bad options are usage errors.
#include <fstream>
#include <sstream>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "bench/network_corpus.h"
#include "cli_runner.h"

using namespace lisan::test;
using nlohmann::json;

namespace {

const std::string kHostile = "<evil>&\"quote'";

// The corpus index, built once for the file.
const std::string& network_db() {
  static TempDir dir;
  static const std::string db = [] {
    lisan::bench::NetworkCorpusOptions o;
    o.groups = 4;
    o.benign_accounts = 24;
    o.popular_links = 10;
    std::string jsonl;
    for (const auto& p : lisan::bench::generate_network_corpus(o).posts) jsonl += lisan::bench::to_jsonl(p);
    // Two hostile-named accounts co-posting two links seconds apart.
    for (int i = 0; i < 2; ++i)
      for (const char* who : {"x1", "x2"}) {
        json j = {{"id", std::string("hostile:") + who + std::to_string(i)},
                  {"text", "hostile post number " + std::to_string(i)},
                  {"date", i == 0 ? "2021-09-10T10:00:00Z" : "2021-09-11T10:00:00Z"},
                  {"source", "twitter"},
                  {"author", kHostile + who + "\x1b[31m"},
                  {"urls", {"https://hostile.example/=cmd|" + std::to_string(i)}}};
        jsonl += j.dump() + "\n";
      }
    const std::string input = dir.write("net.jsonl", jsonl);
    const RunResult r = lisan_index({"--db", dir.file("db"), "--quiet", input});
    INFO(r.err);
    REQUIRE(r.status == 0);
    return dir.file("db");
  }();
  return db;
}

RunResult network(std::vector<std::string> args) {
  args.insert(args.begin(), {"--db", network_db()});
  return lisan_query(args);
}

// Debian's python3 (where python3-networkx installs), else the one on PATH.
std::string python() {
  std::ifstream debian("/usr/bin/python3");
  return debian.good() ? "/usr/bin/python3" : find_program("python3");
}

// Loads the graph file with xml.etree and networkx and prints what they read.
const char* const kLoadScript = R"PY(
import json, sys, xml.etree.ElementTree as ET
import networkx as nx
path, kind = sys.argv[1], sys.argv[2]
root = ET.parse(path).getroot()
g = nx.read_graphml(path) if kind == "graphml" else nx.read_gexf(path)
labels = sorted(str(d.get("label", "")) for _, d in g.nodes(data=True))
weights = sorted(int(float(d["weight"])) for _, _, d in g.edges(data=True))
sym = [float(d["symmetry"]) for _, _, d in g.edges(data=True)]
print(json.dumps({"root": root.tag, "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
                  "labels": labels, "weights": weights, "symmetry_ok": all(0 <= s <= 1 for s in sym),
                  "components": nx.number_connected_components(g)}))
)PY";

}  // namespace

TEST_CASE("lisan-query --network: GraphML and GEXF load in xml.etree and networkx and agree with the summary", "[network]") {
  TempDir out;
  const RunResult summary = network({"--network", "co-link", "--format", "json", "--graph", out.file("n.graphml")});
  INFO(summary.err);
  REQUIRE(summary.status == 0);
  const json s = json::parse(summary.out);
  REQUIRE(network({"--network", "co-link", "--graph", out.file("n.gexf")}).status == 0);
  const std::string script = out.write("load.py", kLoadScript);
  for (const auto& [file, kind] : std::vector<std::pair<std::string, std::string>>{{"n.graphml", "graphml"},
                                                                                 {"n.gexf", "gexf"}}) {
    CAPTURE(kind);
    const RunResult py = run(python(), {script, out.file(file), kind});
    INFO(py.err);
    REQUIRE(py.status == 0);
    const json g = json::parse(py.out);
    CHECK(g["nodes"] == s["network"]["nodes"]);
    CHECK(g["edges"] == s["network"]["edges"]);
    CHECK(g["components"] == s["network"]["components"]);
    CHECK(g["symmetry_ok"] == true);
    CHECK(g["root"].get<std::string>().find(kind == "graphml" ? "graphml" : "gexf") != std::string::npos);
    // The hostile names arrive as written (escape sequence dropped to a space).
    bool hostile = false;
    for (const auto& label : g["labels"]) hostile |= label.get<std::string>() == "twitter:" + kHostile + "x1 [31m";
    CHECK(hostile);
    for (const auto& w : g["weights"]) CHECK(w.get<int>() >= 2);
  }
  // 4 groups (their cliques) plus the hostile pair.
  CHECK(s["network"]["components"] == 5);
  CHECK(s["window_from_data"] == true);
  CHECK(s["min_weight"] == 2);
}

TEST_CASE("lisan-query --network: csv edge list, one row per edge, spreadsheet-safe, deterministic", "[network]") {
  const RunResult a = network({"--network", "co-link", "--format", "csv"});
  const RunResult b = network({"--network", "co-link", "--format", "csv"});
  REQUIRE(a.status == 0);
  CHECK(a.out == b.out);
  const RunResult j = network({"--network", "co-link", "--format", "json"});
  const std::vector<std::string> rows = lines(a.out);
  CHECK(rows.size() == json::parse(j.out)["network"]["edges"].get<std::size_t>() + 1);
  CHECK(a.out.find("'=cmd") == std::string::npos);  // the item is inside a URL, not at a cell start
}

TEST_CASE("lisan-query --network: the text summary says what was used and shows the control", "[network]") {
  const RunResult r = network({"--network", "co-hashtag", "--window", "30s", "--min-repeats", "3"});
  INFO(r.err);
  REQUIRE(r.status == 0);
  CHECK(r.out.find("Coordination network (co-hashtag) of the whole index") != std::string::npos);
  CHECK(r.out.find("window: 30 s (given with --window)") != std::string::npos);
  CHECK(r.out.find("edges kept: weight (distinct items co-posted) >= 3 (--min-repeats 3)") != std::string::npos);
  CHECK(r.out.find("control") != std::string::npos);
  CHECK(r.out.find("group 1:") != std::string::npos);
  CHECK(r.out.find('\x1b') == std::string::npos);
}

TEST_CASE("lisan-query --network: bad options are usage errors that say what to do", "[network]") {
  using Row = std::pair<std::vector<std::string>, std::string>;
  for (const auto& [args, message] : std::vector<Row>{
           {{"--network", "co-nothing"}, "--network co-nothing: use one of co-link, co-domain"},
           {{"--network", "co-link", "--window", "soon"}, "--window soon: give a time such as 30s"},
           {{"--network", "co-link", "--graph", "out.txt"}, "--graph out.txt: the file name must end in .graphml or .gexf"},
           {{"--window", "30s", "x"}, "--window shapes a coordination network: use it with --network KIND"},
           {{"--network", "co-link", "--format", "jsonl"}, "--format jsonl cannot show --network"},
           {{"--network", "co-link", "--top", "hashtag"}, "--network and --top are separate views"},
           {{"--network", "co-link", "--edge-percentile", "100"}, "--edge-percentile 100: give a number from 0"},
           {{"--network", "co-link", "--min-repeats", "0"}, "--min-repeats 0"},
       }) {
    CAPTURE(args);
    const RunResult r = network(args);
    CHECK(r.status == 2);
    CHECK(r.err.find(message) != std::string::npos);
  }
}
