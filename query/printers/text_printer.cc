#include "query/printers/text_printer.h"

#include "query/names/name_key.h"

#include <algorithm>

#include <fmt/format.h>

#include "lisan/core/utf8.h"
#include "lisan/store/index_summary.h"
#include "query/batch.h"
#include "query/campaign/campaign_text.h"
#include "query/show.h"
#include "lisan/date.h"
#include "query/kwic.h"
#include "query/printers/bidi.h"
#include "query/query_run.h"
#include "query/timeline.h"

namespace lisan::query {
namespace {

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return s;
}

// Snippet pieces are escaped one by one: the highlight markers (ANSI colour
// on a terminal) are the only control sequences lisan itself writes.
std::string highlighted(const Snippet& sn, const PrinterOptions& o) {
  const std::string open = o.color ? "\x1b[1;33m" : "[";
  const std::string close = o.color ? "\x1b[0m" : "]";
  const auto piece = [&sn](std::size_t from, std::size_t n) {
    return utf8::terminal_safe(one_line(sn.text.substr(from, n)));
  };
  std::string out;
  std::size_t at = 0;
  for (const auto& [b, e] : sn.highlights) {
    if (b < at || e > sn.text.size()) continue;
    out += piece(at, b - at);
    out += open + piece(b, e - b) + close;
    at = e;
  }
  out += piece(at, std::string::npos);
  if (sn.cut_before) out = "… " + out;
  if (sn.cut_after) out += " …";
  return isolate(out);
}

std::string date_of(const Record& rec) {
  return rec.date ? format_iso_utc(*rec.date).substr(0, 10) : std::string("----------");
}

// Pads `text` with spaces to `width` terminal columns (on the left when
// `right_align`); display_width() counts wide and zero-width characters.
std::string pad(const std::string& text, std::size_t width, bool right_align) {
  const std::size_t w = display_width(text);
  const std::string fill(w < width ? width - w : 0, ' ');
  return right_align ? fill + text : text + fill;
}

std::string facets_table(const Report& report) {
  std::string out = fmt::format("Facets over all {} matches:\n", report.result.estimated);
  for (const auto& f : report.facets) {
    out += fmt::format("\n{} ({} distinct{})\n", f.name, f.distinct,
                       f.without > 0 ? fmt::format(", {} without", f.without) : "");
    std::size_t width = 0;
    for (const auto& v : f.values) width = std::max(width, display_width(terminal_field(v.value)));
    width = std::min<std::size_t>(width, 40);
    for (const auto& v : f.values)
      out += fmt::format("  {}  {:>6}\n", pad(terminal_field(v.value), width, false), v.count);
    if (f.values.size() < f.distinct) out += fmt::format("  … {} more (--facet-limit 0 shows all)\n", f.distinct - f.values.size());
  }
  return out + "\n";
}

std::string timeline_text(const Report& report) {
  std::string out = fmt::format("Matches per {}:\n", timeline_unit_name(report.timeline_unit));
  out += timeline_bars(report.timeline);
  if (report.undated > 0) out += fmt::format("({} matches have no date)\n", report.undated);
  if (!report.timeline_clip.left_out.empty()) out += fmt::format("({})\n", report.timeline_clip.note());
  return out + "\n";
}

// Concordance: "date  id  left [match] right", the matches in one column.
// Each piece is isolated on its own, so Arabic context reads right to left
// inside its box and never drags the columns with it.
std::string kwic_text(const Report& report, const PrinterOptions& o) {
  std::size_t id_width = 0;
  for (const auto& [i, k] : report.kwic_lines)
    id_width = std::max(id_width, display_width(terminal_field(report.result.hits[i].record.id)));
  const std::string open = o.color ? "\x1b[1;33m" : "[";
  const std::string close = o.color ? "\x1b[0m" : "]";
  std::string out;
  for (const auto& [i, k] : report.kwic_lines) {
    const Record& rec = report.result.hits[i].record;
    out += fmt::format("{}  {}  {} {}{}{} {}\n", date_of(rec), pad(terminal_field(rec.id), id_width, false),
                       pad(terminal_field(k.left), report.kwic_width, true), open, terminal_field(k.match), close,
                       terminal_field(k.right));
  }
  return out;
}

// ~word without --explain: the spellings searched, most documents first.
std::string names_summary_text(const Report& report) {
  std::string out;
  for (const names::NameExpansion& e : report.names) {
    std::string list;
    for (const names::Spelling& s : e.spellings)
      list += fmt::format("{}{} ({})", list.empty() ? "" : ", ", terminal_field(s.term), s.docs);
    out += fmt::format("~{}: {} spelling(s) searched: {}\n", terminal_field(e.word), e.spellings.size(), list);
  }
  return out.empty() ? out : out + "\n";
}

// ~word with --explain: every spelling, how it was found and its documents,
// so a fact-checker can drop the wrong ones (with -=spelling).
std::string names_explain_text(const Report& report) {
  std::string out;
  for (const names::NameExpansion& e : report.names) {
    std::string keys;
    for (const std::string& k : e.keys) keys += (keys.empty() ? "" : " ") + k;
    out += fmt::format("  ~{}: {} spelling(s) searched (keys {}; {} terms read in {} vocabulary ranges)\n",
                       terminal_field(e.word), e.spellings.size(), keys.empty() ? "-" : keys, e.scanned, e.ranges);
    for (const names::Spelling& s : e.spellings) {
      // Edits between two scripts count every letter: say "other script" instead.
      const bool other_script = names::script_of(s.term) != names::script_of(e.folded);
      const std::string how = s.found == names::Found::kAsTyped ? ""
                              : other_script                    ? ", other script"
                                                                : fmt::format(", {} edit(s)", s.edits);
      out += fmt::format("    {:>7} doc(s)  {}  [{}{}]\n", s.docs, terminal_field(s.term), names::found_name(s.found),
                         how);
    }
    if (const std::string note = e.cap_note(); !note.empty()) out += "    capped: " + terminal_field(note) + "\n";
  }
  return out;
}

std::string did_you_mean_text(const Report& report) {
  if (!report.did_you_mean) return "";
  return fmt::format("Did you mean: {} ({} match(es))\n", terminal_field(report.did_you_mean->query),
                     report.did_you_mean->matches);
}

}  // namespace

bool TextPrinter::shows(Shape) const { return true; }

std::string TextPrinter::render_batch(const BatchResult& batch) const { return batch_text(batch, options_); }

// --matrix is CSV whatever the format: a table of numbers per day.
std::string TextPrinter::render_view(const CampaignResult& view) const {
  return view.view.is_null() ? view.matrix_csv : campaign::render_text(view.view);
}

std::string TextPrinter::render_document(const Hit& hit) const { return document_text(hit); }

std::string TextPrinter::render_info(const store::IndexSummary& summary) const {
  return summary.to_text();  // escaped and isolated field by field
}

std::string TextPrinter::render(const Report& report) const {
  std::string out;
  if (report.partial()) {
    out += fmt::format("PARTIAL result: {} shard(s) were not searched:\n", report.missing_shards.size());
    for (const store::MissingShard& m : report.missing_shards)
      out += fmt::format("  missing {}: {}\n", terminal_field(m.name), terminal_field(m.reason));
    out += "\n";
  }
  out += render_hits(report);
  if (!report.facets.empty()) out += facets_table(report);
  if (report.has_timeline) out += timeline_text(report);
  return out;
}

std::string TextPrinter::render_hits(const Report& report) const {
  const SearchResult& r = report.result;
  std::string out;
  if (report.explain) {
    out += fmt::format("query:  {}\nparsed: {}\nxapian: {}\n", terminal_field(report.query),
                       utf8::terminal_safe(report.parsed), terminal_field(report.xapian_query));
    for (const auto& w : report.words)
      out += fmt::format("  word {} [{}]: folded {} · exact {} · stem {}\n", terminal_field(w.word),
                         w.lang.empty() ? "und" : w.lang, terminal_field(w.folded), terminal_field(w.exact),
                         w.stem.empty() ? "-" : terminal_field(w.stem));
    if (report.fold_counted)
      out += fmt::format("  --fold (Turkish typed without ç ğ ı ö ş ü, and back) would find {} more document(s)\n",
                         report.fold_would_add);
    out += names_explain_text(report);
    out += "\n";
  } else if (!report.count_only) {
    out += names_summary_text(report);
  }
  if (report.count_only) return out + fmt::format("{}\n", r.estimated);
  const std::string approx = r.lower_bound == r.upper_bound ? "" : "about ";
  const std::string cut = truncation_note(report);
  const std::string more = cut.empty() ? "" : "(" + cut + ")\n\n";
  if (r.hits.empty() && r.estimated > 0) return out + fmt::format("{}{} match(es) for {}; {}\n", approx, r.estimated,
                                                                 terminal_field(report.query), cut);
  if (r.hits.empty()) {
    out += fmt::format("No documents match {} ({} documents searched).\n", terminal_field(report.query),
                       report.index.documents);
    return out + did_you_mean_text(report);
  }
  out += fmt::format("{}{} match(es) for {}; showing {}-{}\n", approx, r.estimated, terminal_field(report.query),
                     r.hits.front().rank, r.hits.back().rank);
  out += did_you_mean_text(report) + "\n";
  if (report.kwic) return out + kwic_text(report, options_) + "\n" + more;
  for (std::size_t i = 0; i < r.hits.size(); ++i) {
    const Hit& h = r.hits[i];
    const Record& rec = h.record;
    std::string where = terminal_field(rec.source);
    if (!rec.channel.empty()) where += "/" + terminal_field(rec.channel);
    if (!rec.author.empty() && rec.author != rec.channel) where += " by " + terminal_field(rec.author);
    out += fmt::format("{:>3}. {}  {}  [{}]  {}  ({}%)\n", h.rank, terminal_field(rec.id), date_of(rec),
                       rec.lang.empty() ? "und" : terminal_field(rec.lang), where, h.percent);
    if (!rec.title.empty()) out += fmt::format("     {}\n", terminal_field(one_line(rec.title)));
    out += fmt::format("     {}\n", highlighted(report.snippets[i], options_));
    if (report.explain && !report.snippets[i].matched_forms.empty()) {
      std::string forms;
      for (const auto& f : report.snippets[i].matched_forms) forms += (forms.empty() ? "" : ", ") + terminal_field(f);
      out += fmt::format("     matched: {}\n", forms);
    }
    out += "\n";
  }
  return out + more;
}

}  // namespace lisan::query
