#include "query/printers/json_fields.h"

#include "lisan/date.h"
#include "lisan/store/index_summary.h"
#include "lisan/record_json.h"

namespace lisan::query {

using nlohmann::json;

std::string dump_json(const json& value, int indent) {
  return value.dump(indent, ' ', false, json::error_handler_t::replace);
}

json hit_to_json(const Hit& hit, const Snippet& snippet, bool explain) {
  const Record& r = hit.record;
  json out = json::object();
  out["rank"] = hit.rank;
  out["id"] = r.id;
  out["score"] = hit.weight;
  out["percent"] = hit.percent;
  out["lang"] = r.lang;
  out["date"] = r.date ? json(format_iso_utc(*r.date)) : json(nullptr);
  out["source"] = r.source;
  out["channel"] = r.channel;
  out["author"] = r.author;
  out["title"] = r.title;
  out["url"] = r.url;
  out["kind"] = r.kind.empty() ? "post" : r.kind;
  // Near-duplicate cluster (issue 6): decimal id as a string, null when the index has none.
  out["cluster"] = hit.cluster.empty() ? json(nullptr) : json(hit.cluster);
  out["cluster_size"] = hit.cluster_size;
  out["snippet"] = snippet.text;
  json spans = json::array();
  for (const auto& [b, e] : snippet.highlights) spans.push_back({b, e});
  out["highlights"] = std::move(spans);
  if (!r.hashtags.empty()) out["hashtags"] = r.hashtags;
  if (!r.mentions.empty()) out["mentions"] = r.mentions;
  const json full = record_to_json(r);
  if (full.contains("provenance")) out["provenance"] = full["provenance"];
  if (explain) out["matched_forms"] = snippet.matched_forms;
  return out;
}

json manifest_json(const Report& report) {
  json out = {{"lisan_version", report.lisan_version},
          {"index_id", report.index.index_id},
          {"manifest_id", report.index.manifest_id()},
          {"documents", report.index.documents},
          {"schema_version", report.index.schema_version},
          {"analyzer_version", report.index.analyzer_version},
          {"db", report.db_paths},
          {"query", report.query},
          {"flags", report.flags},
          {"run_at", report.run_at},
          {"matches", report.result.estimated},
          {"hits_returned", report.hits_streamed ? *report.hits_streamed : report.result.hits.size()}};
  // Several indexes or shards: each with its own id, versions and documents
  // (index_id above is the first's, as Xapian reads a combined database's
  // metadata from its first shard).
  if (report.shards.size() > 1 || report.partial()) out["shards"] = store::shards_json(report.shards);
  if (report.partial()) {
    out["partial"] = true;
    out["missing_shards"] = store::missing_json(report.missing_shards);
  }
  return out;
}

json facets_json(const Report& report) {
  json out = json::object();
  for (const auto& f : report.facets) {
    json values = json::array();
    for (const auto& v : f.values) values.push_back({{"value", v.value}, {"count", v.count}});
    out[f.name] = {{"distinct", f.distinct}, {"without", f.without}, {"values", std::move(values)}};
  }
  return out;
}

json timeline_json(const Report& report) {
  json buckets = json::array();
  for (const auto& b : report.timeline)
    buckets.push_back({{"period", b.period}, {"start", b.start}, {"count", b.count}});
  const ClippedDays& clip = report.timeline_clip;
  json days = json::array();
  for (const auto& [day, count] : clip.left_out)
    days.push_back({{"day", day.substr(0, 4) + "-" + day.substr(4, 2) + "-" + day.substr(6, 2)}, {"count", count}});
  // Matches dated far from the others are not in `buckets`; they are counted here.
  json left_out = {{"matches", clip.left_out_count()}, {"days", std::move(days)}};
  if (!clip.left_out.empty()) {
    left_out["kept_from"] = clip.first;
    left_out["kept_to"] = clip.last;
  }
  return {{"unit", timeline_unit_name(report.timeline_unit)},
          {"undated", report.undated},
          {"left_out", std::move(left_out)},
          {"buckets", std::move(buckets)}};
}

json wildcards_json(const Report& report) {
  json out = json::array();
  for (const auto& w : report.wildcards)
    out.push_back({{"pattern", w.pattern}, {"prefix", w.prefix}, {"matched_terms", w.matched},
                   {"searched_terms", w.used}, {"truncated", w.truncated()}});
  return out;
}

json kwic_line_json(const Report& report, std::size_t line) {
  const auto& [hit_index, k] = report.kwic_lines[line];
  const Hit& hit = report.result.hits[hit_index];
  return {{"rank", hit.rank},
          {"id", hit.record.id},
          {"date", hit.record.date ? json(format_iso_utc(*hit.record.date)) : json(nullptr)},
          {"lang", hit.record.lang},
          {"left", k.left},
          {"match", k.match},
          {"right", k.right},
          {"begin", k.begin},
          {"end", k.end}};
}

// Every spelling a ~word searched and its documents (always, not only with
// --explain: a JSON consumer must see what was searched).
json names_json(const Report& report) {
  json out = json::array();
  for (const names::NameExpansion& e : report.names) {
    json spellings = json::array();
    for (const names::Spelling& s : e.spellings)
      spellings.push_back({{"term", s.term}, {"documents", s.docs}, {"found", names::found_name(s.found)},
                           {"edits", s.edits}});
    out.push_back({{"word", e.word},
                   {"folded", e.folded},
                   {"keys", e.keys},
                   {"spellings", std::move(spellings)},
                   {"terms_read", e.scanned},
                   {"ranges_read", e.ranges},
                   {"left_out", e.left_out},
                   {"scan_capped", e.scan_capped}});
  }
  return out;
}

json report_header_json(const Report& report) {
  json out = json::object();
  out["query"] = report.query;
  out["parsed"] = report.parsed;
  out["xapian_query"] = report.xapian_query;
  out["total"] = {{"estimated", report.result.estimated},
                  {"lower_bound", report.result.lower_bound},
                  {"upper_bound", report.result.upper_bound}};
  out["manifest"] = manifest_json(report);
  if (report.partial()) {
    out["partial"] = true;
    out["missing_shards"] = store::missing_json(report.missing_shards);
  }
  // --sort date / -date: how many matches have no date (they are listed last).
  if (report.sorted_by_date) out["undated_listed_last"] = report.undated_sorted_last;
  if (!report.facets.empty()) out["facets"] = facets_json(report);
  if (report.has_timeline) out["timeline"] = timeline_json(report);
  if (!report.wildcards.empty()) out["wildcards"] = wildcards_json(report);
  if (!report.names.empty()) out["names"] = names_json(report);
  if (report.did_you_mean)
    out["did_you_mean"] = {{"query", report.did_you_mean->query}, {"matches", report.did_you_mean->matches}};
  if (report.explain) {
    json words = json::array();
    for (const auto& w : report.words)
      words.push_back({{"word", w.word}, {"lang", w.lang}, {"folded", w.folded}, {"exact", w.exact},
                       {"stem", w.stem}, {"terms", w.terms}});
    out["analysis"] = std::move(words);
    if (report.fold_counted) out["fold_would_add"] = report.fold_would_add;
  }
  return out;
}

}  // namespace lisan::query
