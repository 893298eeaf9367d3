#include "lisan/store/index_summary.h"

#include <fmt/format.h>

#include "lisan/core/bidi.h"
#include "lisan/core/utf8.h"
#include "lisan/date.h"
#include "lisan/schema.h"

namespace lisan::store {
namespace {

std::map<std::string, Xapian::doccount> count_prefix(const Xapian::Database& db, std::string_view prefix) {
  std::map<std::string, Xapian::doccount> out;
  const std::string p(prefix);
  for (auto t = db.allterms_begin(p); t != db.allterms_end(p); ++t) {
    std::string value = (*t).substr(p.size());
    if (!value.empty() && value.front() == ':') value.erase(0, 1);
    // A longer prefix sharing these letters (e.g. XSOURCE vs XSOURCEFILE) is not ours.
    out[value] = t.get_termfreq();
  }
  return out;
}

// The filter terms hold folded names ("dawnrelief"); the value slot beside
// them holds the name as written ("DawnRelief"), so each name is shown as
// the first document with that term spells it. One get_document per name,
// not a pass over the index. Hashed long names get their full spelling back
// too.
std::map<std::string, Xapian::doccount> count_as_written(const Xapian::Database& db, std::string_view prefix,
                                                         Xapian::valueno slot) {
  std::map<std::string, Xapian::doccount> out;
  const std::string p(prefix);
  for (auto t = db.allterms_begin(p); t != db.allterms_end(p); ++t) {
    std::string folded = (*t).substr(p.size());
    if (!folded.empty() && folded.front() == ':') folded.erase(0, 1);
    const Xapian::PostingIterator first = db.postlist_begin(*t);
    std::string written = first == db.postlist_end(*t) ? "" : db.get_document(*first).get_value(slot);
    if (written.empty() || schema::boolean_term(p, utf8::fold_identifier(written)) != *t) written = folded;
    out[written] += t.get_termfreq();
  }
  return out;
}

// A text field of the summary: control characters escaped, right-to-left
// names isolated so the terminal keeps them in their place on the line.
std::string field(std::string_view text) { return bidi::isolate(utf8::terminal_safe(text)); }

// Count first, name last: a right-to-left name at the end of the line cannot
// pull the count into its run, and no column width has to be guessed.
std::string table(const char* title, const std::map<std::string, Xapian::doccount>& counts) {
  std::string out = fmt::format("{}:\n", title);
  if (counts.empty()) out += "  (none)\n";
  for (const auto& [k, n] : counts) out += fmt::format("  {:>8}  {}\n", n, k.empty() ? "(none)" : field(k));
  return out;
}

}  // namespace

IndexSummary summarize(const Xapian::Database& db) {
  IndexSummary s;
  s.info = read_info(db);
  s.languages = count_prefix(db, schema::kLangPrefix);
  s.sources = count_as_written(db, schema::kSourcePrefix, schema::kSourceSlot);
  s.channels = count_as_written(db, schema::kChannelPrefix, schema::kChannelSlot);
  s.kinds = count_prefix(db, schema::kKindPrefix);
  if (db.get_doccount() > 0) {
    const std::string lo = db.get_value_lower_bound(schema::kDateSlot);
    const std::string hi = db.get_value_upper_bound(schema::kDateSlot);
    if (!lo.empty()) s.first_date = static_cast<std::int64_t>(Xapian::sortable_unserialise(lo));
    if (!hi.empty()) s.last_date = static_cast<std::int64_t>(Xapian::sortable_unserialise(hi));
  }
  const std::string prefix(schema::kMetaInputPrefix);
  for (auto k = db.metadata_keys_begin(prefix); k != db.metadata_keys_end(prefix); ++k) {
    const nlohmann::json j = nlohmann::json::parse(db.get_metadata(*k), nullptr, false);
    if (!j.is_object()) continue;
    InputSummary in;
    in.path = (*k).substr(prefix.size());
    in.format = j.value("format", "");
    in.records = j.value("records", std::uint64_t{0});
    in.bytes = j.value("size", std::uint64_t{0});
    in.indexed_at = j.value("indexed_at", "");
    s.formats[in.format] += static_cast<Xapian::doccount>(in.records);
    s.inputs.push_back(std::move(in));
  }
  return s;
}

IndexSummary summarize(const OpenIndex& index) {
  IndexSummary s = summarize(index.db);
  s.shards = index.shards;
  s.missing = index.missing;
  return s;
}

nlohmann::json shards_json(const std::vector<ShardInfo>& shards) {
  nlohmann::json out = nlohmann::json::array();
  for (const ShardInfo& s : shards)
    out.push_back({{"name", s.name},
                   {"remote", s.remote},
                   {"index_id", s.info.index_id},
                   {"manifest_id", s.info.manifest_id()},
                   {"schema_version", s.info.schema_version},
                   {"analyzer_version", s.info.analyzer_version},
                   {"documents", s.info.documents}});
  return out;
}

nlohmann::json missing_json(const std::vector<MissingShard>& missing) {
  nlohmann::json out = nlohmann::json::array();
  for (const MissingShard& m : missing) out.push_back({{"name", m.name}, {"reason", m.reason}});
  return out;
}

nlohmann::json IndexSummary::to_json() const {
  nlohmann::json inputs_json = nlohmann::json::array();
  for (const auto& in : inputs)
    inputs_json.push_back({{"path", in.path}, {"format", in.format}, {"records", in.records},
                           {"bytes", in.bytes}, {"indexed_at", in.indexed_at}});
  return {{"index_id", info.index_id},
          {"manifest_id", info.manifest_id()},
          {"created", info.created},
          {"schema_version", info.schema_version},
          {"analyzer_version", info.analyzer_version},
          {"documents", info.documents},
          {"languages", languages},
          {"sources", sources},
          {"channels", channels},
          {"kinds", kinds},
          {"records_by_format", formats},
          {"first_date", first_date ? nlohmann::json(format_iso_utc(*first_date)) : nlohmann::json(nullptr)},
          {"last_date", last_date ? nlohmann::json(format_iso_utc(*last_date)) : nlohmann::json(nullptr)},
          {"inputs", inputs_json},
          {"shards", shards_json(shards)},
          {"partial", !missing.empty()},
          {"missing_shards", missing_json(missing)}};
}

std::string IndexSummary::to_text() const {
  std::string out = fmt::format(
      "index {} (created {}), schema version {}, analyzer version {}\n{} document(s)", field(info.index_id),
      field(info.created), info.schema_version, info.analyzer_version, info.documents);
  if (first_date && last_date)
    out += fmt::format(", dated {} .. {}", format_iso_utc(*first_date), format_iso_utc(*last_date));
  out += "\n\n";
  out += table("languages (a document counts once per language it contains)", languages);
  out += table("sources", sources);
  out += table("channels", channels);
  out += table("kinds", kinds);
  out += table("records by input format", formats);
  if (shards.size() > 1 || !missing.empty()) {
    out += fmt::format("shards ({}):\n", shards.size());
    for (const ShardInfo& s : shards)
      out += fmt::format("  {}  index {}  schema {}  analyzer {}  {} document(s){}\n", s.name, s.info.manifest_id(),
                         s.info.schema_version, s.info.analyzer_version, s.info.documents, s.remote ? "  (remote)" : "");
    for (const MissingShard& m : missing) out += fmt::format("  MISSING {}: {}\n", m.name, m.reason);
  }
  out += "inputs:\n";
  if (inputs.empty()) out += "  (none recorded)\n";
  for (const auto& in : inputs)
    out += fmt::format("  {}  [{}]  {} record(s), {} bytes, indexed {}\n", field(in.path), field(in.format),
                       in.records, in.bytes, field(in.indexed_at));
  return out;
}

}  // namespace lisan::store
