// JsonList: the elements of the list in a JSON document that holds one (a
// top-level array, or the array under one key of the top-level object, such
// as a v1.1 search response's "statuses"), found without parsing the
// document as a whole. Each element is then parsed on its own, so that one
// bad element, or a file cut off in the middle, costs that element only and
// every element has its own line for diagnostics.
//
// The scan tracks strings and bracket depth only; it never recurses.
// Pure; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lisan::indexer {

struct JsonListElement {
  std::string_view text;  // the element's JSON text, cut at the end of the file when `truncated`
  std::uint64_t line = 1;  // 1-based line where it starts
  bool truncated = false;  // the document ends inside this element
};

struct JsonList {
  bool is_list = false;  // false: the document is one value (`elements` holds it whole)
  std::vector<JsonListElement> elements;
  // Where the list's structure breaks (text between elements that is no ','
  // or ']'); elements after it are not read. Empty when it does not.
  std::string error;
  std::uint64_t error_line = 0;
};

// `key` names the array member of a top-level object to take ("statuses");
// a top-level array is always taken.
JsonList split_json_list(std::string_view document, std::string_view key);

}  // namespace lisan::indexer
