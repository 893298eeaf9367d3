#include "query/printers/csv_printer.h"

#include "query/batch.h"

#include <algorithm>
#include <functional>
#include <map>

#include <fmt/format.h>

#include "lisan/core/error.h"
#include "lisan/date.h"
#include "query/option_list.h"

namespace lisan::query {
namespace {

using Getter = std::function<std::string(const Hit&, const Snippet&)>;

std::string join(const std::vector<std::string>& values, const std::string& sep, const std::string& sigil = "") {
  std::string out;
  for (const auto& v : values) out += (out.empty() ? "" : sep) + sigil + v;
  return out;
}

std::string marked(const Snippet& sn) {
  std::string out;
  std::size_t at = 0;
  for (const auto& [b, e] : sn.highlights) {
    if (b < at || e > sn.text.size()) continue;
    out += sn.text.substr(at, b - at) + "[" + sn.text.substr(b, e - b) + "]";
    at = e;
  }
  return out + sn.text.substr(at);
}

const std::vector<std::pair<std::string, Getter>>& getters() {
  static const std::vector<std::pair<std::string, Getter>> kGetters = {
      {"rank", [](const Hit& h, const Snippet&) { return std::to_string(h.rank); }},
      {"id", [](const Hit& h, const Snippet&) { return h.record.id; }},
      {"date", [](const Hit& h, const Snippet&) { return h.record.date ? format_iso_utc(*h.record.date) : ""; }},
      {"lang", [](const Hit& h, const Snippet&) { return h.record.lang; }},
      {"source", [](const Hit& h, const Snippet&) { return h.record.source; }},
      {"channel", [](const Hit& h, const Snippet&) { return h.record.channel; }},
      {"author", [](const Hit& h, const Snippet&) { return h.record.author; }},
      {"kind", [](const Hit& h, const Snippet&) { return h.record.kind.empty() ? std::string("post") : h.record.kind; }},
      {"title", [](const Hit& h, const Snippet&) { return h.record.title; }},
      {"url", [](const Hit& h, const Snippet&) { return h.record.url; }},
      {"snippet", [](const Hit&, const Snippet& s) { return s.text; }},
      {"highlighted", [](const Hit&, const Snippet& s) { return marked(s); }},
      {"matched", [](const Hit&, const Snippet& s) { return join(s.matched_forms, "; "); }},
      {"hashtags", [](const Hit& h, const Snippet&) { return join(h.record.hashtags, " ", "#"); }},
      {"mentions", [](const Hit& h, const Snippet&) { return join(h.record.mentions, " ", "@"); }},
      {"score", [](const Hit& h, const Snippet&) { return fmt::format("{:.4f}", h.weight); }},
      {"percent", [](const Hit& h, const Snippet&) { return std::to_string(h.percent); }},
      {"file", [](const Hit& h, const Snippet&) { return h.record.provenance.file; }},
      {"line", [](const Hit& h, const Snippet&) {
         return h.record.provenance.line ? std::to_string(h.record.provenance.line) : std::string();
       }},
      {"text", [](const Hit& h, const Snippet&) { return h.record.text; }},
  };
  return kGetters;
}

const Getter* getter(const std::string& name) {
  for (const auto& [n, g] : getters())
    if (n == name) return &g;
  return nullptr;
}

}  // namespace

const std::vector<std::string>& csv_fields() {
  static const std::vector<std::string> kNames = [] {
    std::vector<std::string> out;
    for (const auto& [n, g] : getters()) out.push_back(n);
    return out;
  }();
  return kNames;
}

const std::vector<std::string>& csv_default_fields() {
  static const std::vector<std::string> kDefault = {"rank",    "id",     "date",  "lang", "source",
                                                    "channel", "author", "title", "url",  "snippet"};
  return kDefault;
}

std::vector<std::string> parse_csv_fields(const std::string& list) {
  std::vector<std::string> out = split_option_list(list);
  for (const auto& name : out)
    if (!getter(name)) throw UsageError(fmt::format("--fields: unknown field '{}'; use any of {}", name, join(csv_fields(), ",")));
  if (out.empty()) throw UsageError("--fields: name at least one field, e.g. --fields id,date,snippet");
  return out;
}

CsvPrinter::CsvPrinter(PrinterOptions options) : Printer("csv"), options_(std::move(options)) {}

// Hits only: facets and a timeline are not rows of hits (--format json).
bool CsvPrinter::shows(Shape shape) const {
  return shape == Shape::kHits || shape == Shape::kBatch || shape == Shape::kMatrix;
}

std::string CsvPrinter::render_batch(const BatchResult& batch) const { return batch_csv(batch, options_); }

std::string CsvPrinter::render_view(const CampaignResult& view) const {
  if (view.view.is_null()) return view.matrix_csv;
  cannot_show(view.option);
}

std::string CsvPrinter::render(const Report& report) const {
  std::string out = options_.bom ? "\xEF\xBB\xBF" : "";
  if (report.count_only) return out + csv_record({"count"}) + csv_record({std::to_string(report.result.estimated)});
  if (report.kwic) out += csv_record({"rank", "id", "date", "lang", "left", "match", "right"});
  else out += csv_record(options_.fields.empty() ? csv_default_fields() : options_.fields);
  return out + render_more(report);
}

std::string CsvPrinter::render_more(const Report& page) const {
  const CsvCells cells = csv_cells(options_);
  if (!page.kwic) return csv_hit_rows(page, options_.fields.empty() ? csv_default_fields() : options_.fields, {}, cells);
  std::string out;
  for (const auto& [i, k] : page.kwic_lines) {
    const Hit& h = page.result.hits[i];
    out += csv_record({std::to_string(h.rank), h.record.id, h.record.date ? format_iso_utc(*h.record.date) : "",
                       h.record.lang, k.left, k.match, k.right},
                      cells);
  }
  return out;
}

std::string csv_hit_rows(const Report& report, const std::vector<std::string>& fields,
                         const std::vector<std::string>& leading, CsvCells cells) {
  std::string out;
  for (std::size_t i = 0; i < report.result.hits.size(); ++i) {
    std::vector<std::string> row = leading;
    for (const auto& f : fields) {
      const Getter* g = getter(f);
      row.push_back(g ? (*g)(report.result.hits[i], report.snippets[i]) : std::string());
    }
    out += csv_record(row, cells);
  }
  return out;
}

}  // namespace lisan::query
