// The fields of the query language (`channel:x`, `hashtag:x`, `date:a..b`
// ...) in one table that the parser (which names it may accept) and the
// builder (which index terms a value asks for) both read: adding a field is
// one row here. The terms are named only through lisan/schema.h, as the
// indexer writes them.
//
// Thread safety: constant data.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace lisan::query {

enum class FieldKind : unsigned char {
  kText,     // title:, text:  words analysed like the body (the parser makes them words)
  kTerm,     // a boolean filter on one or more index terms (FieldSpec::terms)
  kHashtag,  // hashtag:, tag:  folded by the analyzer in every case rule (the builder)
  kDate,     // date:  a day range (the parser makes it a kDateRange)
};

struct FieldSpec {
  std::string_view name;
  FieldKind kind;
  // kTerm: the index terms a value asks for (any of them matches).
  std::set<std::string> (*terms)(const std::string& value) = nullptr;
};

// Every field, in the order shown in messages.
const std::vector<FieldSpec>& field_table();

// nullptr for a name that is not a field (lower-case name).
const FieldSpec* find_field(std::string_view name);

}  // namespace lisan::query
