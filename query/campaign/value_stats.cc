#include "query/campaign/value_stats.h"

#include <algorithm>
#include <map>
#include <set>

#include "lisan/core/error.h"
#include "lisan/date.h"
#include "lisan/schema.h"
#include "query/printers/csv_cell.h"
#include "query/query_builder.h"

namespace lisan::query::campaign {
namespace {

using nlohmann::json;

bool multi_valued(Xapian::valueno slot) {
  return slot == schema::kHashtagsSlot || slot == schema::kMentionsSlot || slot == schema::kDomainsSlot;
}

// A document's values of the slot as (key, spelling), one per key.
std::vector<schema::FacetEntry> values_of(const Xapian::Document& doc, Xapian::valueno slot) {
  const std::string v = doc.get_value(slot);
  if (v.empty()) return {};
  if (multi_valued(slot)) return schema::split_facet_values(v);
  return {{v, v}};
}

struct Counted {
  std::map<std::string, Xapian::doccount> count;                      // key -> documents
  std::map<std::string, std::map<std::string, Xapian::doccount>> spelling;  // key -> spelling -> n
  std::string shown(const std::string& key) const {
    const auto& s = spelling.at(key);
    return std::max_element(s.begin(), s.end(), [](const auto& a, const auto& b) { return a.second < b.second; })->first;
  }
  // Keys by count descending, then key.
  std::vector<std::string> ranked() const {
    std::vector<std::string> keys;
    for (const auto& [k, n] : count) keys.push_back(k);
    std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) { return count.at(a) > count.at(b); });
    return keys;
  }
};

}  // namespace

Xapian::valueno top_field_slot(const std::string& field) {
  if (field == "hashtag") return schema::kHashtagsSlot;
  if (field == "mention") return schema::kMentionsSlot;
  if (field == "domain") return schema::kDomainsSlot;
  if (field == "author") return schema::kAuthorSlot;
  if (field == "channel") return schema::kChannelSlot;
  throw UsageError("'" + field + "': use hashtag, mention, domain, author or channel");
}

json top_view(const Xapian::Database& db, const QueryPlan& plan, const std::string& field) {
  const Xapian::valueno slot = top_field_slot(field);
  const auto matches = matching_docids(db, plan.query);
  Counted c;
  Xapian::doccount without = 0;
  for (Xapian::docid did : matches) {
    const auto values = values_of(db.get_document(did), slot);
    if (values.empty()) ++without;
    for (const auto& e : values) {
      ++c.count[e.key];
      ++c.spelling[e.key][e.shown];
    }
  }
  json rows = json::array();
  for (const std::string& k : c.ranked()) {
    if (rows.size() >= plan.options.limit) break;
    rows.push_back({{"value", c.shown(k)}, {"count", c.count.at(k)}});
  }
  return {{"view", "top " + field}, {"query", plan.options.query}, {"matches", matches.size()},
          {"distinct", c.count.size()}, {"without", without}, {"values", std::move(rows)}};
}

json cooccur_view(const Xapian::Database& db, const QueryPlan& plan, const std::string& field) {
  const Xapian::valueno slot = top_field_slot(field);
  const auto matches = matching_docids(db, plan.query);
  Counted single;
  std::map<std::pair<std::string, std::string>, Xapian::doccount> pairs;
  for (Xapian::docid did : matches) {
    const auto values = values_of(db.get_document(did), slot);  // sorted by key, one per key
    for (const auto& e : values) {
      ++single.count[e.key];
      ++single.spelling[e.key][e.shown];
    }
    for (std::size_t i = 0; i < values.size(); ++i)
      for (std::size_t j = i + 1; j < values.size(); ++j) ++pairs[{values[i].key, values[j].key}];
  }
  std::vector<std::pair<std::pair<std::string, std::string>, Xapian::doccount>> ranked(pairs.begin(), pairs.end());
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
  json rows = json::array();
  for (const auto& [p, n] : ranked) {
    if (rows.size() >= plan.options.limit) break;
    rows.push_back({{"a", single.shown(p.first)}, {"b", single.shown(p.second)}, {"count", n},
                    {"a_count", single.count.at(p.first)}, {"b_count", single.count.at(p.second)}});
  }
  return {{"view", "cooccur " + field}, {"query", plan.options.query}, {"matches", matches.size()},
          {"distinct_pairs", pairs.size()}, {"pairs", std::move(rows)}};
}

DayMatrix day_matrix(const Xapian::Database& db, const QueryPlan& plan, const std::string& field,
                     TimelineUnit unit) {
  const Xapian::valueno slot = top_field_slot(field);
  const auto matches = matching_docids(db, plan.query);
  DayMatrix m;
  m.field = field;
  m.unit = unit;
  m.matches = static_cast<Xapian::doccount>(matches.size());
  Counted c;
  std::map<std::string, std::map<std::string, Xapian::doccount>> per_day;  // day -> key -> n
  std::map<std::string, Xapian::doccount> all_per_day;
  for (Xapian::docid did : matches) {
    const Xapian::Document doc = db.get_document(did);
    const std::string day = doc.get_value(schema::kDaySlot);
    const auto values = values_of(doc, slot);
    for (const auto& e : values) {
      ++c.count[e.key];
      ++c.spelling[e.key][e.shown];
    }
    if (day.size() != 8) {  // undated: no row
      ++m.undated;
      continue;
    }
    ++all_per_day[day];
    for (const auto& e : values) ++per_day[day][e.key];
  }
  m.distinct = c.count.size();
  std::vector<std::string> keys = c.ranked();
  if (keys.size() > plan.options.limit) keys.resize(plan.options.limit);
  for (const auto& k : keys) m.columns.push_back(c.shown(k));
  if (all_per_day.empty()) return m;
  // Like a timeline: days far from the others would make millions of rows.
  m.clip = clip_days(all_per_day, plan.first_day, plan.last_day);
  all_per_day = std::move(m.clip.kept);
  m.clip.kept.clear();
  if (all_per_day.empty()) return m;
  if (const std::string error = too_many_periods(all_per_day.begin()->first, all_per_day.rbegin()->first, unit);
      !error.empty())
    throw UsageError("--matrix: " + error.substr(0, error.find(';')) +
                     (unit == TimelineUnit::kMonth ? "; use --since/--until" : "; use --matrix-unit week or month, or --since/--until"));
  // Every period from the first to the last, so a plot keeps the time axis:
  // the periods and their totals are the timeline's own.
  std::map<std::string, std::map<std::string, Xapian::doccount>> per_period;  // period -> key -> n
  for (const auto& [day, counts] : per_day) {
    if (!all_per_day.count(day)) continue;  // clipped
    for (const auto& [key, n] : counts) per_period[period_of(day, unit)][key] += n;
  }
  for (const TimelineBucket& bucket : make_timeline(all_per_day, unit)) {
    DayMatrix::Row row;
    row.period = bucket.period;
    row.matches = bucket.count;
    const auto it = per_period.find(bucket.period);
    for (const auto& k : keys) {
      Xapian::doccount n = 0;
      if (it != per_period.end())
        if (auto jt = it->second.find(k); jt != it->second.end()) n = jt->second;
      row.counts.push_back(n);
    }
    m.rows.push_back(std::move(row));
  }
  return m;
}

std::string day_matrix_csv(const DayMatrix& m, CsvCells cells) {
  std::string out = std::string(timeline_unit_name(m.unit)) + ",matches";
  for (const auto& column : m.columns) out += "," + csv_field(column, cells);
  out += "\r\n";
  for (const auto& row : m.rows) {
    out += row.period + "," + std::to_string(row.matches);
    for (Xapian::doccount n : row.counts) out += "," + std::to_string(n);
    out += "\r\n";
  }
  return out;
}

}  // namespace lisan::query::campaign
