#pragma once
#include "query/printers/printer.h"
namespace lisan::query {
class JsonPrinter : public Printer {
 public:
  std::string render(const Report& report) const override;
};
}  // namespace lisan::query
