#include "indexer/readers/record_guard.h"

#include "indexer/readers/json_parse.h"

namespace lisan::indexer {

std::string describe_exception(const std::exception& e) {
  if (dynamic_cast<const std::bad_alloc*>(&e)) return "cannot read this record: out of memory";
  // nlohmann's texts say what was wrong ("type must be string, but is
  // number"); std::stoll's only "stoll", so name the kind of failure too.
  std::string what = json_exception_text(e);
  if (dynamic_cast<const std::out_of_range*>(&e) && what.find(' ') == std::string::npos)
    what = "a number out of range (" + what + ")";
  else if (dynamic_cast<const std::invalid_argument*>(&e) && what.find(' ') == std::string::npos)
    what = "not a number (" + what + ")";
  return "cannot read this record: " + what;
}

std::string describe_unknown_exception() { return "cannot read this record (unknown error)"; }

}  // namespace lisan::indexer
