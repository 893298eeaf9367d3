#include "indexer/readers/row_guard.h"

namespace lisan::indexer {

std::string exception_reason(const std::exception* e) {
  return e ? std::string("cannot read this record: ") + e->what() : "cannot read this record (unknown error)";
}

}  // namespace lisan::indexer
