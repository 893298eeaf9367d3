// GraphML and GEXF writers for coordination networks (network_printers.h).
// Node ids are "n<account number>", so no document text ever lands in an id;
// names, platforms and items are attributes, escaped by xml_text().
#include <unordered_map>

#include <fmt/format.h>

#include "lisan/core/utf8.h"
#include "lisan/date.h"
#include "query/network/network_printers.h"

namespace lisan::query::network {
namespace {

std::string iso(std::int64_t t) { return format_iso_utc(t); }

std::string symmetry_text(const Edge& e) { return fmt::format("{:.3f}", e.symmetry()); }

// Strength (sum of weights) and component number per account, for node attributes.
struct NodeFacts {
  std::vector<std::uint32_t> nodes;
  std::unordered_map<std::uint32_t, std::uint64_t> strength;
  std::unordered_map<std::uint32_t, std::size_t> component;
};

NodeFacts node_facts(const NetworkResult& r) {
  NodeFacts f;
  f.nodes = network_nodes(r.network);
  for (const Edge& e : r.network.edges) {
    f.strength[e.a] += e.weight;
    f.strength[e.b] += e.weight;
  }
  for (std::size_t c = 0; c < r.groups.size(); ++c)
    for (std::uint32_t a : r.groups[c].accounts) f.component[a] = c + 1;
  return f;
}

std::string description(const NetworkResult& r) {
  return fmt::format("lisan coordination network ({}) of query '{}': window {}, edges with weight >= {} "
                     "(--min-repeats {}, --edge-percentile {}); index {}, run {}",
                     network_kind_name(r.options.kind), r.query, r.network.window.describe(), r.network.threshold,
                     r.network.min_repeats, r.network.edge_percentile, r.index_id, r.run_at);
}

}  // namespace

std::string xml_text(const std::string& raw) {
  const std::string text = utf8::is_valid(raw) ? raw : utf8::repair(raw);
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    // U+FFFE and U+FFFF (EF BF BE/BF) are not XML characters.
    if (c == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
      out += ' ';
      i += 2;
      continue;
    }
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c < 0x20 ? ' ' : text[i];
    }
  }
  return out;
}

std::string edge_items(const NetworkResult& r, const Edge& e) {
  std::string out;
  for (std::uint32_t item : e.items) out += (out.empty() ? "" : " | ") + r.table.items()[item];
  return out;
}

std::string graph_format_of(const std::string& path) {
  const auto ends = [&](const char* ext) {
    const std::string e(ext);
    return path.size() > e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0;
  };
  if (ends(".graphml")) return "graphml";
  if (ends(".gexf")) return "gexf";
  return "";
}

std::string network_graphml(const NetworkResult& r) {
  const NodeFacts f = node_facts(r);
  std::string out =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
      "  <key id=\"g_desc\" for=\"graph\" attr.name=\"description\" attr.type=\"string\"/>\n"
      "  <key id=\"g_kind\" for=\"graph\" attr.name=\"kind\" attr.type=\"string\"/>\n"
      "  <key id=\"g_window\" for=\"graph\" attr.name=\"window_seconds\" attr.type=\"long\"/>\n"
      "  <key id=\"g_threshold\" for=\"graph\" attr.name=\"min_weight\" attr.type=\"int\"/>\n"
      "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
      "  <key id=\"account\" for=\"node\" attr.name=\"account\" attr.type=\"string\"/>\n"
      "  <key id=\"platform\" for=\"node\" attr.name=\"platform\" attr.type=\"string\"/>\n"
      "  <key id=\"actions\" for=\"node\" attr.name=\"actions\" attr.type=\"int\"/>\n"
      "  <key id=\"strength\" for=\"node\" attr.name=\"strength\" attr.type=\"long\"/>\n"
      "  <key id=\"component\" for=\"node\" attr.name=\"component\" attr.type=\"int\"/>\n"
      "  <key id=\"first\" for=\"node\" attr.name=\"first_activity\" attr.type=\"string\"/>\n"
      "  <key id=\"last\" for=\"node\" attr.name=\"last_activity\" attr.type=\"string\"/>\n"
      "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n"
      "  <key id=\"item_count\" for=\"edge\" attr.name=\"item_count\" attr.type=\"int\"/>\n"
      "  <key id=\"items\" for=\"edge\" attr.name=\"items\" attr.type=\"string\"/>\n"
      "  <key id=\"actions_source\" for=\"edge\" attr.name=\"actions_source\" attr.type=\"int\"/>\n"
      "  <key id=\"actions_target\" for=\"edge\" attr.name=\"actions_target\" attr.type=\"int\"/>\n"
      "  <key id=\"symmetry\" for=\"edge\" attr.name=\"symmetry\" attr.type=\"double\"/>\n"
      "  <key id=\"e_first\" for=\"edge\" attr.name=\"first\" attr.type=\"string\"/>\n"
      "  <key id=\"e_last\" for=\"edge\" attr.name=\"last\" attr.type=\"string\"/>\n"
      "  <graph id=\"coordination\" edgedefault=\"undirected\">\n";
  out += fmt::format("    <data key=\"g_desc\">{}</data>\n", xml_text(description(r)));
  out += fmt::format("    <data key=\"g_kind\">{}</data>\n", network_kind_name(r.options.kind));
  out += fmt::format("    <data key=\"g_window\">{}</data>\n", r.network.window.seconds);
  out += fmt::format("    <data key=\"g_threshold\">{}</data>\n", r.network.threshold);
  for (std::uint32_t a : f.nodes) {
    const Account& acc = r.table.accounts()[a];
    out += fmt::format(
        "    <node id=\"n{}\"><data key=\"label\">{}</data><data key=\"account\">{}</data>"
        "<data key=\"platform\">{}</data><data key=\"actions\">{}</data><data key=\"strength\">{}</data>"
        "<data key=\"component\">{}</data><data key=\"first\">{}</data><data key=\"last\">{}</data></node>\n",
        a, xml_text(r.table.node_id(a)), xml_text(acc.name), xml_text(acc.platform), acc.actions, f.strength.at(a),
        f.component.at(a), iso(acc.first), iso(acc.last));
  }
  for (std::size_t i = 0; i < r.network.edges.size(); ++i) {
    const Edge& e = r.network.edges[i];
    out += fmt::format(
        "    <edge id=\"e{}\" source=\"n{}\" target=\"n{}\"><data key=\"weight\">{}</data>"
        "<data key=\"item_count\">{}</data><data key=\"items\">{}</data><data key=\"actions_source\">{}</data>"
        "<data key=\"actions_target\">{}</data><data key=\"symmetry\">{}</data><data key=\"e_first\">{}</data>"
        "<data key=\"e_last\">{}</data></edge>\n",
        i, e.a, e.b, e.weight, e.weight, xml_text(edge_items(r, e)), e.actions_a, e.actions_b, symmetry_text(e),
        iso(e.first), iso(e.last));
  }
  out += "  </graph>\n</graphml>\n";
  return out;
}

std::string network_gexf(const NetworkResult& r) {
  const NodeFacts f = node_facts(r);
  std::string out = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
      "  <meta lastmodifieddate=\"{}\">\n    <creator>lisan</creator>\n    <description>{}</description>\n"
      "  </meta>\n"
      "  <graph mode=\"static\" defaultedgetype=\"undirected\">\n"
      "    <attributes class=\"node\">\n"
      "      <attribute id=\"0\" title=\"account\" type=\"string\"/>\n"
      "      <attribute id=\"1\" title=\"platform\" type=\"string\"/>\n"
      "      <attribute id=\"2\" title=\"actions\" type=\"integer\"/>\n"
      "      <attribute id=\"3\" title=\"strength\" type=\"long\"/>\n"
      "      <attribute id=\"4\" title=\"component\" type=\"integer\"/>\n"
      "      <attribute id=\"5\" title=\"first_activity\" type=\"string\"/>\n"
      "      <attribute id=\"6\" title=\"last_activity\" type=\"string\"/>\n"
      "    </attributes>\n"
      "    <attributes class=\"edge\">\n"
      "      <attribute id=\"0\" title=\"item_count\" type=\"integer\"/>\n"
      "      <attribute id=\"1\" title=\"items\" type=\"string\"/>\n"
      "      <attribute id=\"2\" title=\"actions_source\" type=\"integer\"/>\n"
      "      <attribute id=\"3\" title=\"actions_target\" type=\"integer\"/>\n"
      "      <attribute id=\"4\" title=\"symmetry\" type=\"double\"/>\n"
      "      <attribute id=\"5\" title=\"first\" type=\"string\"/>\n"
      "      <attribute id=\"6\" title=\"last\" type=\"string\"/>\n"
      "    </attributes>\n"
      "    <nodes>\n",
      r.run_at.substr(0, 10), xml_text(description(r)));
  for (std::uint32_t a : f.nodes) {
    const Account& acc = r.table.accounts()[a];
    out += fmt::format(
        "      <node id=\"n{}\" label=\"{}\"><attvalues><attvalue for=\"0\" value=\"{}\"/>"
        "<attvalue for=\"1\" value=\"{}\"/><attvalue for=\"2\" value=\"{}\"/><attvalue for=\"3\" value=\"{}\"/>"
        "<attvalue for=\"4\" value=\"{}\"/><attvalue for=\"5\" value=\"{}\"/><attvalue for=\"6\" value=\"{}\"/>"
        "</attvalues></node>\n",
        a, xml_text(r.table.node_id(a)), xml_text(acc.name), xml_text(acc.platform), acc.actions, f.strength.at(a),
        f.component.at(a), iso(acc.first), iso(acc.last));
  }
  out += "    </nodes>\n    <edges>\n";
  for (std::size_t i = 0; i < r.network.edges.size(); ++i) {
    const Edge& e = r.network.edges[i];
    out += fmt::format(
        "      <edge id=\"e{}\" source=\"n{}\" target=\"n{}\" weight=\"{}\"><attvalues>"
        "<attvalue for=\"0\" value=\"{}\"/><attvalue for=\"1\" value=\"{}\"/><attvalue for=\"2\" value=\"{}\"/>"
        "<attvalue for=\"3\" value=\"{}\"/><attvalue for=\"4\" value=\"{}\"/><attvalue for=\"5\" value=\"{}\"/>"
        "<attvalue for=\"6\" value=\"{}\"/></attvalues></edge>\n",
        i, e.a, e.b, e.weight, e.weight, xml_text(edge_items(r, e)), e.actions_a, e.actions_b, symmetry_text(e),
        iso(e.first), iso(e.last));
  }
  out += "    </edges>\n  </graph>\n</gexf>\n";
  return out;
}

}  // namespace lisan::query::network
