#include "lisan/record_json.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lisan/date.h"

namespace lisan {
namespace {

using json = nlohmann::json;

const char* type_name(const json& v) {
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "an integer";
    case json::value_t::number_float: return "a number";
    case json::value_t::string: return "a string";
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    default: return "an unknown value";
  }
}

// Reads an optional string field into `out`. null and absent are the same.
bool read_string(const json& obj, const char* field, std::string& out, std::string& error) {
  auto it = obj.find(field);
  if (it == obj.end() || it->is_null()) return true;
  if (!it->is_string()) {
    error = fmt::format("field \"{}\" must be a string, not {}", field, type_name(*it));
    return false;
  }
  out = it->get<std::string>();
  return true;
}

bool read_string_list(const json& obj, const char* field, std::vector<std::string>& out,
                      std::string& error) {
  auto it = obj.find(field);
  if (it == obj.end() || it->is_null()) return true;
  if (!it->is_array()) {
    error = fmt::format("field \"{}\" must be an array of strings, not {}", field, type_name(*it));
    return false;
  }
  for (std::size_t i = 0; i < it->size(); ++i) {
    const json& item = (*it)[i];
    if (!item.is_string()) {
      error = fmt::format("field \"{}\"[{}] must be a string, not {}", field, i, type_name(item));
      return false;
    }
    out.push_back(item.get<std::string>());
  }
  return true;
}

bool read_date(const json& obj, const char* field, const RecordJsonOptions& options,
               std::optional<std::int64_t>& out, bool* assumed, std::string& error) {
  auto it = obj.find(field);
  if (it == obj.end() || it->is_null()) return true;
  if (it->is_number_unsigned() && it->get<std::uint64_t>() > std::uint64_t{INT64_MAX}) {
    // get<std::int64_t>() would wrap it to a date before 1970.
    error = fmt::format("field \"{}\": epoch {} is out of range", field, it->get<std::uint64_t>());
    return false;
  }
  if (it->is_number_integer()) {
    out = date_from_epoch(it->get<std::int64_t>()).utc_seconds;
    return true;
  }
  if (!it->is_string()) {
    error = fmt::format("field \"{}\" must be an ISO 8601 string or epoch seconds, not {}", field,
                        type_name(*it));
    return false;
  }
  const std::string& s = it->get_ref<const std::string&>();
  if (s.empty()) return true;
  auto parsed = parse_date(s, options.assumed_zone);
  if (!parsed) {
    error = fmt::format("field \"{}\": {}", field, parsed.error());
    return false;
  }
  out = parsed->utc_seconds;
  if (assumed) *assumed = parsed->zone_assumed;
  return true;
}

// provenance.line / .offset: a non-negative integer; absent or null is 0.
bool read_count(const json& obj, const char* field, std::uint64_t& out, std::string& error) {
  auto it = obj.find(field);
  if (it == obj.end() || it->is_null()) return true;
  if (!it->is_number_unsigned()) {
    error = fmt::format("field \"{}\" must be a non-negative integer, not {}", field, type_name(*it));
    return false;
  }
  out = it->get<std::uint64_t>();
  return true;
}

bool read_provenance(const json& obj, Provenance& out, std::string& error) {
  const bool ok = read_string(obj, "file", out.file, error) && read_count(obj, "line", out.line, error) &&
                  read_count(obj, "offset", out.offset, error) && read_string(obj, "position", out.position, error) &&
                  read_string(obj, "format", out.format, error);
  if (!ok && error.rfind("field \"", 0) == 0) error.insert(7, "provenance.");
  return ok;
}

const char* const kKnownFields[] = {
    "id",     "text",     "title",    "date",   "lang",      "source",   "channel",
    "author", "author_id", "url",     "hashtags", "mentions", "urls",    "reply_to",
    "forwarded_from", "parent", "thread", "kind", "edited",  "meta",     "provenance",
    "date_zone_assumed", "analysis"};

bool is_known(const std::string& key) {
  for (const char* k : kKnownFields)
    if (key == k) return true;
  return false;
}

}  // namespace

Result<Record> record_from_json(const json& value, const RecordJsonOptions& options) {
  using R = Result<Record>;
  if (!value.is_object())
    return R::failure(fmt::format("a record must be a JSON object, not {}", type_name(value)));

  Record r;
  std::string error;
  auto id = value.find("id");
  if (id == value.end() || id->is_null()) return R::failure("missing required field \"id\"");
  if (id->is_string()) {
    r.id = id->get<std::string>();
  } else if (id->is_number_unsigned()) {
    r.id = std::to_string(id->get<std::uint64_t>());
  } else if (id->is_number_integer()) {
    r.id = std::to_string(id->get<std::int64_t>());
  } else {
    return R::failure(fmt::format("field \"id\" must be a string or an integer, not {}", type_name(*id)));
  }
  if (r.id.empty()) return R::failure("field \"id\" is empty");

  auto text = value.find("text");
  if (text == value.end() || text->is_null()) return R::failure("missing required field \"text\"");
  if (!text->is_string())
    return R::failure(fmt::format("field \"text\" must be a string, not {}", type_name(*text)));
  r.text = text->get<std::string>();

  std::string lang;
  if (!read_string(value, "title", r.title, error) || !read_string(value, "lang", lang, error) ||
      !read_string(value, "source", r.source, error) || !read_string(value, "channel", r.channel, error) ||
      !read_string(value, "author", r.author, error) ||
      !read_string(value, "url", r.url, error) || !read_string(value, "reply_to", r.reply_to, error) ||
      !read_string(value, "forwarded_from", r.forwarded_from, error) ||
      !read_string(value, "parent", r.parent, error) || !read_string(value, "thread", r.thread, error) ||
      !read_string(value, "kind", r.kind, error) ||
      !read_string_list(value, "hashtags", r.hashtags, error) ||
      !read_string_list(value, "mentions", r.mentions, error) ||
      !read_string_list(value, "urls", r.urls, error) ||
      !read_date(value, "date", options, r.date, &r.date_zone_assumed, error) ||
      !read_date(value, "edited", options, r.edited, nullptr, error))
    return R::failure(error);
  r.lang = normalize_lang(lang);

  // author_id: sources give numbers (Telegram user ids) as often as strings.
  if (auto it = value.find("author_id"); it != value.end() && !it->is_null()) {
    if (it->is_string()) r.author_id = it->get<std::string>();
    else if (it->is_number_unsigned()) r.author_id = std::to_string(it->get<std::uint64_t>());
    else if (it->is_number_integer()) r.author_id = std::to_string(it->get<std::int64_t>());
    else return R::failure(fmt::format("field \"author_id\" must be a string or an integer, not {}", type_name(*it)));
  }

  json meta = json::object();
  if (auto it = value.find("meta"); it != value.end() && !it->is_null()) {
    if (!it->is_object())
      return R::failure(fmt::format("field \"meta\" must be an object, not {}", type_name(*it)));
    meta = *it;
  }
  json extra = json::object();
  for (auto it = value.begin(); it != value.end(); ++it)
    if (!is_known(it.key())) extra[it.key()] = it.value();
  if (!extra.empty()) meta["extra"] = std::move(extra);
  if (!meta.empty()) r.meta_json = meta.dump();

  // Stored documents carry these; input records may too (the indexer then
  // overwrites provenance with where it really read the record).
  if (auto it = value.find("date_zone_assumed"); it != value.end() && it->is_boolean())
    r.date_zone_assumed = it->get<bool>();
  if (auto it = value.find("provenance"); it != value.end() && !it->is_null()) {
    if (!it->is_object())
      return R::failure(fmt::format("field \"provenance\" must be an object, not {}", type_name(*it)));
    if (!read_provenance(*it, r.provenance, error)) return R::failure(error);
  }
  return r;
}

json record_to_json(const Record& r) {
  json out = json::object();
  out["id"] = r.id;
  out["text"] = r.text;
  const auto put = [&out](const char* key, const std::string& v) {
    if (!v.empty()) out[key] = v;
  };
  const auto put_list = [&out](const char* key, const std::vector<std::string>& v) {
    if (!v.empty()) out[key] = v;
  };
  put("title", r.title);
  if (r.date) out["date"] = format_iso_utc(*r.date);
  if (r.date_zone_assumed) out["date_zone_assumed"] = true;
  put("lang", r.lang);
  put("source", r.source);
  put("channel", r.channel);
  put("author", r.author);
  put("author_id", r.author_id);
  put("url", r.url);
  put_list("hashtags", r.hashtags);
  put_list("mentions", r.mentions);
  put_list("urls", r.urls);
  put("reply_to", r.reply_to);
  put("forwarded_from", r.forwarded_from);
  put("parent", r.parent);
  put("thread", r.thread);
  put("kind", r.kind);
  if (r.edited) out["edited"] = format_iso_utc(*r.edited);
  if (!r.meta_json.empty()) out["meta"] = json::parse(r.meta_json, nullptr, /*allow_exceptions=*/false);
  const Provenance& p = r.provenance;
  if (!p.file.empty()) {
    json prov = {{"file", p.file}};
    if (p.line) prov["line"] = p.line;
    if (p.offset) prov["offset"] = p.offset;
    if (!p.position.empty()) prov["position"] = p.position;
    if (!p.format.empty()) prov["format"] = p.format;
    out["provenance"] = std::move(prov);
  }
  return out;
}

}  // namespace lisan
