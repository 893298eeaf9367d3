#include "query/campaign/campaign_text.h"

#include <fmt/format.h>

#include "query/printers/bidi.h"

namespace lisan::query::campaign {
namespace {

using nlohmann::json;

// Every value a view shows passes here: texts, channels and authors come
// from the index, so they are escaped for the terminal (one line each).
std::string s(const json& v) {
  if (v.is_null()) return "-";
  if (v.is_string()) return terminal_field(v.get<std::string>());
  return v.dump(-1, ' ', false, json::error_handler_t::replace);
}

// A message's text on its one line: its line breaks become spaces.
std::string line(const json& v) {
  if (!v.is_string()) return s(v);
  std::string text = v.get<std::string>();
  for (char& c : text)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return terminal_field(text);
}

std::string summary_line(const json& sum) {
  const std::size_t undated = sum.value("undated", std::size_t{0});
  return fmt::format("{} copies, {} channel(s), {} author(s), {} .. {}{}, peak {} ({})", s(sum["size"]),
                     s(sum["channels"]), s(sum["authors"]), s(sum["first_date"]), s(sum["last_date"]),
                     undated > 0 ? fmt::format(" ({} undated)", undated) : "", s(sum["peak_day"]),
                     s(sum["peak_day_count"]));
}

}  // namespace

std::string render_text(const json& v) {
  const std::string view = v["view"];
  std::string out;
  if (view == "collapse") {
    out += fmt::format("{} matches in {} cluster(s)\n", s(v["matches"]), s(v["clusters"]));
    for (const auto& h : v["hits"])
      out += fmt::format("\n[cluster {}] {} cop{} ({} matching), {} .. {}\n  {}  {}  {}\n  {}\n", s(h["cluster"]),
                         s(h["cluster_size"]), h["cluster_size"] == 1 ? "y" : "ies", s(h["matching_copies"]),
                         s(h["first_date"]), s(h["last_date"]), s(h["id"]), s(h["channel"]), s(h["date"]),
                         line(h["text"]));
  } else if (view == "cluster") {
    out += fmt::format("cluster {}: {}\n", s(v["cluster"]), summary_line(v["summary"]));
    for (const auto& m : v["members"]) {
      out += fmt::format("\n{}  {}  {}  {}  {}", s(m["date"]), s(m["id"]), s(m["channel"]), s(m["author"]),
                         s(m["kind"]));
      if (!m["forwarded_from"].is_null()) out += "  forwarded from " + s(m["forwarded_from"]);
      out += "\n";
      if (m.contains("text")) out += "  (first copy) " + line(m["text"]) + "\n";
      else if (m["differs"].empty()) out += "  identical to the first copy\n";
      else
        for (const auto& d : m["differs"])
          for (const auto& [sign, words] : d.items()) out += fmt::format("  {} {}\n", sign, s(words));
    }
  } else if (view == "group-by cluster") {
    out += fmt::format("{} matches in {} cluster(s); most repeated first\n", s(v["matches"]), s(v["clusters"]));
    for (const auto& g : v["groups"])
      out += fmt::format("\n{:>5}x  cluster {}  first {} ({})  {} channel(s)  {} author(s)  peak {} ({})\n  {}\n",
                         s(g["count"]), s(g["cluster"]), s(g["first_seen"]), s(g["first_id"]), s(g["channels"]),
                         s(g["authors"]), s(g["peak_day"]), s(g["peak_day_count"]), line(g["text"]));
  } else if (view == "spread") {
    out += fmt::format("cluster {}: {}\n", s(v["cluster"]), summary_line(v["summary"]));
    if (v["first"].is_null() && !v.contains("first_note")) return out + "no copy matches the query and its options\n";
    if (v["first"].is_null()) {
      out += "\nfirst: none: " + s(v["first_note"]) + "\n";
    } else {
      const json& f = v["first"];
      out += fmt::format("\nfirst: {}  {}  {}  {}\n  {}\n", s(f["date"]), s(f["id"]), s(f["channel"]),
                         s(f["author"]), line(f["text"]));
    }
    out += "\nearliest copy per channel:\n";
    for (const auto& c : v["channels"]) out += fmt::format("  {}  {}  {}\n", s(c["date"]), s(c["channel"]), s(c["id"]));
    out += "\nearliest copy per author:\n";
    for (const auto& a : v["authors"]) out += fmt::format("  {}  {}  {}\n", s(a["date"]), s(a["author"]), s(a["id"]));
    if (!v["forwards"].empty()) {
      out += "\nforwards:\n";
      for (const auto& e : v["forwards"])
        out += fmt::format("  {} -> {}  ({}, {})\n", s(e["from"]), s(e["to"]), s(e["channel"]), s(e["date"]));
    }
    out += "\ncopies per day:\n";
    for (const auto& d : v["per_day"]) out += fmt::format("  {}  {}\n", s(d["day"]), s(d["count"]));
  } else if (view.rfind("top ", 0) == 0) {
    out += fmt::format("{} of {} matches: {} distinct, {} without\n", view, s(v["matches"]), s(v["distinct"]),
                       s(v["without"]));
    for (const auto& r : v["values"]) out += fmt::format("{:>7}  {}\n", s(r["count"]), s(r["value"]));
  } else if (view.rfind("cooccur ", 0) == 0) {
    out += fmt::format("{} in {} matches: {} distinct pairs\n", view, s(v["matches"]), s(v["distinct_pairs"]));
    for (const auto& r : v["pairs"])
      out += fmt::format("{:>7}  {} + {}  ({} / {})\n", s(r["count"]), s(r["a"]), s(r["b"]), s(r["a_count"]),
                         s(r["b_count"]));
  }
  return out;
}

}  // namespace lisan::query::campaign
