#pragma once
#include "query/printers/printer.h"
namespace lisan::query {
class JsonPrinter : public Printer {
 public:
  JsonPrinter() : Printer("json") {}
  bool shows(Shape shape) const override;
  std::string render(const Report& report) const override;
  std::string render_batch(const BatchResult& batch) const override;
  std::string render_view(const CampaignResult& view) const override;
  std::string render_document(const Hit& hit) const override;
  std::string render_info(const store::IndexSummary& summary) const override;
};
}  // namespace lisan::query
