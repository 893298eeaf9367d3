#include "query/campaign/cluster_views.h"

#include <algorithm>
#include <map>
#include <set>

#include "lisan/core/error.h"
#include "lisan/date.h"
#include "lisan/schema.h"

namespace lisan::query::campaign {
namespace {

using nlohmann::json;

json date_json(const Record& r) { return r.date ? json(format_iso_utc(*r.date)) : json(nullptr); }

// First 200 characters of the text on one line, for tables.
std::string preview(const std::string& text, std::size_t chars = 200) {
  std::string out;
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    const bool lead = (c & 0xC0) != 0x80;
    if (lead && n++ == chars) return out + "…";  // cut only before a whole character
    out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : text[i];
  }
  return out;
}

json member_json(const Member& m) {
  return {{"id", m.record.id},
          {"date", date_json(m.record)},
          {"channel", m.record.channel},
          {"author", m.record.author},
          {"source", m.record.source},
          {"kind", m.record.kind.empty() ? "post" : m.record.kind},
          {"forwarded_from", m.record.forwarded_from.empty() ? json(nullptr) : json(m.record.forwarded_from)}};
}

// Size, first and last dates, distinct channels/authors, per-day counts.
json cluster_summary(const std::vector<Member>& members) {
  std::set<std::string> channels, authors;
  std::map<std::string, std::size_t> days;
  json first = nullptr, last = nullptr;
  std::size_t undated = 0;
  for (const Member& m : members) {
    undated += !m.record.date;
    if (!m.record.channel.empty()) channels.insert(m.record.channel);
    if (!m.record.author.empty()) authors.insert(m.record.author);
    if (!m.day.empty()) ++days[m.day];
    if (m.record.date) {
      if (first.is_null()) first = format_iso_utc(*m.record.date);
      last = format_iso_utc(*m.record.date);
    }
  }
  std::string peak;
  std::size_t peak_count = 0;
  for (const auto& [d, n] : days)
    if (n > peak_count) peak = d, peak_count = n;
  return {{"size", members.size()},
          {"first_date", first},
          {"last_date", last},
          {"undated", undated},
          {"channels", channels.size()},
          {"authors", authors.size()},
          {"peak_day", peak.empty() ? json(nullptr) : json(iso_day(peak))},
          {"peak_day_count", peak_count}};
}

std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t e = i;
    while (e < text.size() && !std::isspace(static_cast<unsigned char>(text[e]))) ++e;
    if (e > i) out.push_back(text.substr(i, e - i));
    i = e;
  }
  return out;
}

}  // namespace

json word_diff(const std::string& first, const std::string& text) {
  const std::vector<std::string> a = words_of(first), b = words_of(text);
  json out = json::array();
  if (a == b) return out;
  // LCS table; copies of one message are short, so cap the work.
  if (a.size() > 2000 || b.size() > 2000) return json::array({{{"-", first}}, {{"+", text}}});
  std::vector<std::vector<std::uint16_t>> l(a.size() + 1, std::vector<std::uint16_t>(b.size() + 1, 0));
  for (std::size_t i = a.size(); i-- > 0;)
    for (std::size_t j = b.size(); j-- > 0;)
      l[i][j] = a[i] == b[j] ? l[i + 1][j + 1] + 1 : std::max(l[i + 1][j], l[i][j + 1]);
  std::string removed, added;
  const auto flush = [&] {
    if (!removed.empty()) out.push_back({{"-", removed}});
    if (!added.empty()) out.push_back({{"+", added}});
    removed.clear();
    added.clear();
  };
  std::size_t i = 0, j = 0;
  while (i < a.size() || j < b.size()) {
    if (i < a.size() && j < b.size() && a[i] == b[j]) {
      flush();
      ++i, ++j;
    } else if (j < b.size() && (i == a.size() || l[i][j + 1] >= l[i + 1][j])) {
      added += (added.empty() ? "" : " ") + b[j++];
    } else {
      removed += (removed.empty() ? "" : " ") + a[i++];
    }
  }
  flush();
  return out;
}

json collapse_view(const Xapian::Database& db, const QueryPlan& plan) {
  const std::vector<Xapian::docid> matches = matching_docids(db, plan.query);
  // One row per cluster, in order of the cluster's first match (oldest first).
  std::map<std::string, std::vector<Member>> by_cluster;
  std::vector<std::string> order;
  std::vector<Member> loose;  // documents without a cluster id (older index)
  for (Xapian::docid did : matches) {
    Member m = read_member(db.get_document(did), did);
    if (m.cluster.empty()) {
      loose.push_back(std::move(m));
      continue;
    }
    auto [it, fresh] = by_cluster.try_emplace(m.cluster);
    if (fresh) order.push_back(m.cluster);
    it->second.push_back(std::move(m));
  }
  std::vector<std::pair<std::string, std::vector<Member>>> rows;
  for (auto& [c, members] : by_cluster) {
    sort_by_date(members);
    rows.emplace_back(c, std::move(members));
  }
  for (auto& m : loose) rows.emplace_back("", std::vector<Member>{std::move(m)});
  std::stable_sort(rows.begin(), rows.end(), [](const auto& x, const auto& y) {
    const Record& a = x.second.front().record;
    const Record& b = y.second.front().record;
    if (a.date.has_value() != b.date.has_value()) return a.date.has_value();
    return a.date && *a.date != *b.date ? *a.date < *b.date : a.id < b.id;
  });
  json hits = json::array();
  for (std::size_t r = plan.options.offset; r < rows.size() && hits.size() < plan.options.limit; ++r) {
    const auto& [c, matched] = rows[r];
    const Member& shown = matched.front();
    json h = member_json(shown);
    h["cluster"] = c.empty() ? json(nullptr) : json(c);
    h["matching_copies"] = matched.size();
    json summary = c.empty() ? cluster_summary(matched) : cluster_summary(cluster_members(db, c));
    h["cluster_size"] = summary["size"];
    h["first_date"] = summary["first_date"];
    h["last_date"] = summary["last_date"];
    h["text"] = preview(shown.record.text);
    hits.push_back(std::move(h));
  }
  return {{"view", "collapse"}, {"query", plan.options.query}, {"matches", matches.size()},
          {"clusters", rows.size()}, {"hits", std::move(hits)}};
}

json cluster_view(const Xapian::Database& db, const std::string& cluster_id, const QueryPlan& plan) {
  const std::vector<Member> members = cluster_members(db, cluster_id, plan.query);
  json out = {{"view", "cluster"}, {"cluster", cluster_id}};
  out["summary"] = cluster_summary(members);
  json rows = json::array();
  for (std::size_t i = 0; i < members.size(); ++i) {
    json row = member_json(members[i]);
    if (i == 0) row["text"] = members[i].record.text;
    else row["differs"] = word_diff(members[0].record.text, members[i].record.text);
    rows.push_back(std::move(row));
  }
  out["members"] = std::move(rows);
  return out;
}

json storm_view(const Xapian::Database& db, const QueryPlan& plan) {
  const std::vector<Xapian::docid> matches = matching_docids(db, plan.query);
  std::map<std::string, std::vector<Member>> by_cluster;
  for (Xapian::docid did : matches) {
    Member m = read_member(db.get_document(did), did);
    if (!m.cluster.empty()) by_cluster[m.cluster].push_back(std::move(m));
  }
  std::vector<std::pair<std::string, std::vector<Member>>> rows;
  for (auto& [c, members] : by_cluster) {
    sort_by_date(members);
    rows.emplace_back(c, std::move(members));
  }
  // Most repeated first; ties: earlier first seen.
  std::stable_sort(rows.begin(), rows.end(), [](const auto& x, const auto& y) {
    if (x.second.size() != y.second.size()) return x.second.size() > y.second.size();
    const Record& a = x.second.front().record;
    const Record& b = y.second.front().record;
    return a.date.value_or(INT64_MAX) < b.date.value_or(INT64_MAX);
  });
  json groups = json::array();
  for (std::size_t r = plan.options.offset; r < rows.size() && groups.size() < plan.options.limit; ++r) {
    const auto& [c, members] = rows[r];
    json g = cluster_summary(members);  // over the matching copies
    g["cluster"] = c;
    g["count"] = members.size();
    g.erase("size");
    g["first_seen"] = g["first_date"];
    g.erase("first_date");
    g["first_id"] = members.front().record.id;
    g["text"] = preview(members.front().record.text);
    groups.push_back(std::move(g));
  }
  return {{"view", "group-by cluster"}, {"query", plan.options.query}, {"matches", matches.size()},
          {"clusters", rows.size()}, {"groups", std::move(groups)}};
}

json spread_view(const Xapian::Database& db, const std::string& target, const QueryPlan& plan) {
  std::string cluster = target;
  if (const auto c = cluster_of_record(db, target)) cluster = *c;
  if (cluster_members(db, cluster).empty())
    throw UsageError("--spread " + target + ": no such cluster id or record id (lisan-query --collapse shows ids)");
  const std::vector<Member> members = cluster_members(db, cluster, plan.query);
  json out = {{"view", "spread"}, {"cluster", cluster}};
  out["summary"] = cluster_summary(members);
  if (members.empty()) {  // no copy matches --lang, --since/--until or the words
    out["first"] = nullptr;
    for (const char* key : {"channels", "authors", "forwards", "per_day"}) out[key] = json::array();
    return out;
  }
  // Members are oldest first, undated last: an undated front means no copy
  // has a date, and none is called the first.
  if (members.front().record.date) {
    json first = member_json(members.front());
    first["text"] = members.front().record.text;
    out["first"] = std::move(first);
  } else {
    out["first"] = nullptr;
    out["first_note"] = "no copy has a date, so none can be called the first";
  }
  // Each channel's and author's earliest copy (members are oldest first).
  json channels = json::array(), authors = json::array();
  std::set<std::string> seen_c, seen_a;
  for (const Member& m : members) {
    if (seen_c.insert(m.record.channel).second)
      channels.push_back({{"channel", m.record.channel}, {"id", m.record.id}, {"date", date_json(m.record)}});
    if (seen_a.insert(m.record.author).second)
      authors.push_back({{"author", m.record.author}, {"id", m.record.id}, {"date", date_json(m.record)}});
  }
  out["channels"] = std::move(channels);
  out["authors"] = std::move(authors);
  // Telegram forward chains: who forwarded whose copy.
  json forwards = json::array();
  for (const Member& m : members)
    if (!m.record.forwarded_from.empty())
      forwards.push_back({{"from", m.record.forwarded_from}, {"to", m.record.id}, {"channel", m.record.channel},
                          {"date", date_json(m.record)}});
  out["forwards"] = std::move(forwards);
  std::map<std::string, std::size_t> days;
  for (const Member& m : members)
    if (!m.day.empty()) ++days[m.day];
  json per_day = json::array();
  for (const auto& [d, n] : days) per_day.push_back({{"day", iso_day(d)}, {"count", n}});
  out["per_day"] = std::move(per_day);
  return out;
}

}  // namespace lisan::query::campaign
