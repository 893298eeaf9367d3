// show: one document in full, with all its metadata and where it came from,
// so a journalist can cite the original (lisan-query show ID).
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace lisan::query {

struct ShowOptions {
  std::vector<std::string> dbs;
  std::string id;
  std::string format = "text";  // text or json
};

// The rendered document, or nullopt when no document has that id.
std::optional<std::string> render_show(const ShowOptions& options);

}  // namespace lisan::query
