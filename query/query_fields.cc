#include "query/query_fields.h"

#include "lisan/core/utf8.h"
#include "lisan/record.h"
#include "lisan/schema.h"

namespace lisan::query {

const std::vector<FieldSpec>& field_table() {
  using Terms = std::set<std::string>;
  static const std::vector<FieldSpec> table = {
      {"title", FieldKind::kText},
      {"text", FieldKind::kText},
      {"author", FieldKind::kTerm, [](const std::string& v) { return Terms{schema::author_term(v)}; }},
      {"channel", FieldKind::kTerm, [](const std::string& v) { return Terms{schema::channel_term(v)}; }},
      {"source", FieldKind::kTerm, [](const std::string& v) { return Terms{schema::source_term(v)}; }},
      {"lang", FieldKind::kTerm, [](const std::string& v) { return Terms{schema::lang_term(normalize_lang(v))}; }},
      {"hashtag", FieldKind::kHashtag},
      {"tag", FieldKind::kHashtag},
      {"mention", FieldKind::kTerm,
       [](const std::string& v) { return Terms{schema::boolean_term(schema::kMentionPrefix, utf8::fold_identifier(v))}; }},
      {"domain", FieldKind::kTerm,
       [](const std::string& v) {
         const std::string host = schema::url_host(v);
         return Terms{schema::domain_term(host.empty() ? v : host)};
       }},
      {"url", FieldKind::kTerm, [](const std::string& v) { return Terms{schema::url_term(v)}; }},
      {"id", FieldKind::kTerm, [](const std::string& v) { return Terms{schema::id_term(v)}; }},
      {"kind", FieldKind::kTerm, [](const std::string& v) { return Terms{schema::kind_term(v)}; }},
      {"date", FieldKind::kDate},
  };
  return table;
}

const FieldSpec* find_field(std::string_view name) {
  for (const FieldSpec& f : field_table())
    if (f.name == name) return &f;
  return nullptr;
}

}  // namespace lisan::query
