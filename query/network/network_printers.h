// The outputs of a --network run (network_run.h):
//   network_text     the summary: what was used (kind, window, thresholds),
//                    what was left out, the network against its shuffled
//                    control, the largest groups with their top items and times
//   network_json     the same summary as JSON (--format json, /api/network)
//   network_csv      the edge list, one RFC 4180 row per edge (csv_cell.h)
//   network_graphml  GraphML for Gephi, networkx, igraph
//   network_gexf     GEXF 1.2 for Gephi
// Account names and items come from documents: hostile text is made safe
// for each output (terminal-safe text, XML-escaped valid UTF-8 with no
// control characters, spreadsheet-safe CSV cells).
//
// Thread safety: functions of their arguments.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "query/network/network_run.h"
#include "query/printers/csv_cell.h"

namespace lisan::query::network {

std::string network_text(const NetworkResult& result);
nlohmann::json network_json(const NetworkResult& result);
std::string network_csv(const NetworkResult& result, CsvCells cells = CsvCells::kSpreadsheetSafe);
std::string network_graphml(const NetworkResult& result);
std::string network_gexf(const NetworkResult& result);

// "graphml" or "gexf" from a file name's extension, "" for another.
std::string graph_format_of(const std::string& path);

// XML text or attribute value: invalid UTF-8 repaired, characters XML 1.0
// forbids (controls, U+FFFE, U+FFFF) replaced by a space, & < > " ' escaped.
std::string xml_text(const std::string& text);

// An edge's items joined by " | " (the first kMaxItemsPerEdge).
std::string edge_items(const NetworkResult& result, const Edge& edge);

}  // namespace lisan::query::network
