#pragma once
#include "query/printers/printer.h"
namespace lisan::query {
// text: for people at a terminal. One block per hit: rank, id, date,
// language, source/channel, title, and the snippet with the matched words in
// colour (on a terminal) or between [ and ] (elsewhere). RTL fields are
// isolated (bidi.h) so Arabic never scrambles the line. --kwic prints
// concordance lines instead of blocks; --facets and --timeline add a table
// and a bar chart after the hits.
class TextPrinter : public Printer {
 public:
  explicit TextPrinter(PrinterOptions options) : Printer("text"), options_(options) {}
  bool shows(Shape shape) const override;
  std::string render(const Report& report) const override;
  std::string render_batch(const BatchResult& batch) const override;
  std::string render_view(const CampaignResult& view) const override;
  std::string render_document(const Hit& hit) const override;
  std::string render_info(const store::IndexSummary& summary) const override;

 private:
  std::string render_hits(const Report& report) const;
  PrinterOptions options_;
};
}  // namespace lisan::query
