#pragma once
#include "query/printers/printer.h"
namespace lisan::query {
// jsonl: one JSON object per hit (schemas/hit.schema.json), nothing else, so
// the output can be piped into jq or loaded as a table. --count prints one
// object {"count": N}; --kwic prints one object per concordance line.
// Facets and timelines are not hits: ask for --format json to get them.
class JsonlPrinter : public Printer {
 public:
  JsonlPrinter() : Printer("jsonl") {}
  bool shows(Shape shape) const override;
  std::string render(const Report& report) const override;
  bool streams() const override { return true; }
  std::string render_more(const Report& page) const override { return render(page); }
  std::string render_batch(const BatchResult& batch) const override;
};
}  // namespace lisan::query
