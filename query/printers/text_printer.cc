#include "query/printers/text_printer.h"

#include <fmt/format.h>

#include "lisan/date.h"
#include "query/printers/bidi.h"

namespace lisan::query {
namespace {

std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  return s;
}

std::string highlighted(const Snippet& sn, const PrinterOptions& o) {
  const std::string open = o.color ? "\x1b[1;33m" : "[";
  const std::string close = o.color ? "\x1b[0m" : "]";
  std::string out;
  std::size_t at = 0;
  for (const auto& [b, e] : sn.highlights) {
    if (b < at || e > sn.text.size()) continue;
    out += sn.text.substr(at, b - at);
    out += open + sn.text.substr(b, e - b) + close;
    at = e;
  }
  out += sn.text.substr(at);
  out = one_line(out);
  if (sn.cut_before) out = "… " + out;
  if (sn.cut_after) out += " …";
  return isolate(out);
}

}  // namespace

std::string TextPrinter::render(const Report& report) const {
  const SearchResult& r = report.result;
  std::string out;
  if (report.explain) {
    out += fmt::format("query:  {}\nparsed: {}\nxapian: {}\n", isolate(report.query), report.parsed,
                       isolate(report.xapian_query));
    for (const auto& w : report.words)
      out += fmt::format("  word {} [{}]: folded {} · exact {} · stem {}\n", isolate(w.word),
                         w.lang.empty() ? "und" : w.lang, isolate(w.folded), isolate(w.exact),
                         w.stem.empty() ? "-" : isolate(w.stem));
    out += "\n";
  }
  if (report.count_only) return out + fmt::format("{}\n", r.estimated);
  const std::string approx = r.lower_bound == r.upper_bound ? "" : "about ";
  if (r.hits.empty()) {
    out += fmt::format("No documents match {} ({} documents searched).\n", isolate(report.query),
                       report.index.documents);
    return out;
  }
  out += fmt::format("{}{} match(es) for {}; showing {}-{}\n\n", approx, r.estimated, isolate(report.query),
                     r.hits.front().rank, r.hits.back().rank);
  for (std::size_t i = 0; i < r.hits.size(); ++i) {
    const Hit& h = r.hits[i];
    const Record& rec = h.record;
    std::string where = rec.source;
    if (!rec.channel.empty()) where += "/" + isolate(rec.channel);
    if (!rec.author.empty() && rec.author != rec.channel) where += " by " + isolate(rec.author);
    out += fmt::format("{:>3}. {}  {}  [{}]  {}  ({}%)\n", h.rank, rec.id,
                       rec.date ? format_iso_utc(*rec.date).substr(0, 10) : std::string("----------"),
                       rec.lang.empty() ? "und" : rec.lang, where, h.percent);
    if (!rec.title.empty()) out += fmt::format("     {}\n", isolate(one_line(rec.title)));
    out += fmt::format("     {}\n", highlighted(report.snippets[i], options_));
    if (report.explain && !report.snippets[i].matched_forms.empty()) {
      std::string forms;
      for (const auto& f : report.snippets[i].matched_forms) forms += (forms.empty() ? "" : ", ") + isolate(f);
      out += fmt::format("     matched: {}\n", forms);
    }
    out += "\n";
  }
  return out;
}

}  // namespace lisan::query
