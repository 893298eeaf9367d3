#include "indexer/readers/generic/csv_record_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "indexer/readers/csv_parser.h"
#include "indexer/readers/csv_rows.h"
#include "indexer/readers/date_order.h"
#include "indexer/readers/decode.h"
#include "indexer/readers/record_guard.h"
#include "indexer/readers/source_path.h"
#include "indexer/readers/text_util.h"
#include "lisan/core/json_text.h"
#include "lisan/core/error.h"
#include "lisan/core/utf8.h"
#include "lisan/date.h"

namespace lisan::indexer {
namespace {

// Record field -> header names that mean it (docs/input-formats.md §5.2, plus the Dutch,
// Turkish and Arabic words spreadsheets use). Compared after
// utf8::fold_identifier, so case does not matter; earlier names win.
struct FieldSynonyms {
  const char* field;
  std::vector<const char*> names;
};

const std::vector<FieldSynonyms>& synonyms() {
  static const std::vector<FieldSynonyms> kSynonyms = {
      {"id", {"id", "message_id", "msg_id", "tweet_id", "post_id", "id_str"}},
      {"text",
       {"text", "body", "content", "message", "full_text", "rawcontent", "tweet", "post", "bericht", "tekst",
        "metin", "mesaj", "نص", "النص"}},
      {"date",
       {"date", "created_at", "timestamp", "time", "datetime", "published", "unix_timestamp", "datum", "tarih",
        "التاريخ"}},
      {"author", {"author", "user", "username", "screen_name", "from", "from_user_name", "auteur", "yazar", "الكاتب"}},
      {"author_id", {"author_id", "user_id", "from_user_id"}},
      {"url", {"url", "link", "permalink", "msg_link", "bağlantı", "الرابط"}},
      {"lang", {"lang", "language", "language_guess", "taal", "dil", "اللغة"}},
      {"title", {"title", "headline", "subject", "titel", "kop", "başlık", "العنوان"}},
      {"channel", {"channel", "chat", "channel_name", "kanaal", "kanal", "القناة"}},
      {"hashtags", {"hashtags", "tags"}},
      {"mentions", {"mentions"}},
      {"urls", {"urls", "links"}},
      {"reply_to", {"reply_to", "in_reply_to"}},
      {"forwarded_from", {"forwarded_from"}},
      {"parent", {"parent"}},
      {"thread", {"thread", "thread_id", "conversation_id"}},
      {"kind", {"kind"}},
  };
  return kSynonyms;
}

std::string header_key(std::string_view name) { return utf8::fold_identifier(trim(name)); }

// A list cell: a JSON array (twarc-csv), else values joined with ';' or ','
// (DMI-TCAT, 4CAT), else with spaces; a leading '#' or '@' is dropped.
std::vector<std::string> split_list(const std::string& cell) {
  std::vector<std::string> out;
  const std::string v = trim(cell);
  if (v.empty()) return out;
  const auto add = [&out](std::string item) {
    item = trim(item);
    if (!item.empty() && (item[0] == '#' || item[0] == '@')) item.erase(0, 1);
    if (!item.empty()) out.push_back(std::move(item));
  };
  if (v.front() == '[') {
    const nlohmann::json j = nlohmann::json::parse(v, nullptr, /*allow_exceptions=*/false);
    if (j.is_array()) {
      for (const auto& item : j) add(item.is_string() ? item.get<std::string>() : json_text(item));
      return out;
    }
  }
  const char sep = v.find(';') != std::string::npos ? ';' : v.find(',') != std::string::npos ? ',' : ' ';
  std::size_t start = 0;
  for (;;) {
    const std::size_t end = v.find(sep, start);
    add(v.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

// A date cell: --date-format first when given, then ISO 8601 / epoch.
Result<ParsedDate> parse_cell_date(const std::string& cell, const ReaderOptions& options) {
  const std::string v = trim(cell);
  if (!options.date_format.empty()) {
    std::tm tm{};
    tm.tm_mday = 1;
    const char* end = strptime(v.c_str(), options.date_format.c_str(), &tm);
    if (end && trim(end).empty()) {
      std::string iso = fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", tm.tm_year + 1900, tm.tm_mon + 1,
                                    tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
      if (options.date_format.find("%z") != std::string::npos) {
        const long off = tm.tm_gmtoff;
        const long a = off < 0 ? -off : off;
        iso += fmt::format("{}{:02}:{:02}", off < 0 ? '-' : '+', a / 3600, a % 3600 / 60);
      }
      return parse_date(iso, options.assumed_zone);
    }
  }
  auto d = parse_date(v, options.assumed_zone);
  if (d) return d;
  if (options.date_format.empty())
    return Result<ParsedDate>::failure(
        d.error() + "; for other date styles give the pattern with --date-format, e.g. --date-format '%d/%m/%Y %H:%M'");
  return Result<ParsedDate>::failure(fmt::format("date '{}' matches neither --date-format '{}' nor ISO 8601", v,
                                                 options.date_format));
}

bool is_known_field(std::string_view field) {
  for (const auto& s : synonyms())
    if (field == s.field) return true;
  return false;
}

// Column index per Record field, from --map or the synonyms.
class ColumnMap {
 public:
  ColumnMap(const std::vector<std::string>& header, const ReaderOptions& options, const std::string& path) {
    std::vector<std::string> keys;
    for (const auto& h : header) keys.push_back(header_key(h));
    const auto find_column = [&keys](const std::string& key) -> std::optional<std::size_t> {
      for (std::size_t i = 0; i < keys.size(); ++i)
        if (keys[i] == key) return i;
      return std::nullopt;
    };
    for (const auto& [field, column] : options.column_map) {
      if (!is_known_field(field))
        throw UsageError(fmt::format("--map {}={}: unknown field '{}' (fields: {})", field, column, field,
                                     csv_mappable_fields()));
      const auto i = find_column(header_key(column));
      if (!i)
        throw Error::format("{}: --map {}={}: no column '{}' in the header (columns: {})", path, field, column, column,
                            fmt::join(header, ", "));
      columns_.emplace_back(field, *i);
    }
    for (const auto& s : synonyms()) {
      if (has(s.field)) continue;
      std::optional<std::size_t> found;
      // A Unix-time column beats a local-time one (4CAT writes both).
      if (std::string_view(s.field) == "date") found = find_column("unix_timestamp");
      for (const char* name : s.names) {
        if (found) break;
        found = find_column(utf8::fold_identifier(name));
      }
      if (found) columns_.emplace_back(s.field, *found);
    }
  }

  bool has(std::string_view field) const { return index(field).has_value(); }
  std::optional<std::size_t> index(std::string_view field) const {
    for (const auto& [f, i] : columns_)
      if (f == field) return i;
    return std::nullopt;
  }
  bool mapped(std::size_t column) const {
    return std::any_of(columns_.begin(), columns_.end(), [column](const auto& c) { return c.second == column; });
  }
  // The cell of `field` in `row`, "" when the field has no column.
  const std::string& cell(const std::vector<std::string>& row, std::string_view field) const {
    static const std::string kEmpty;
    const auto i = index(field);
    return i && *i < row.size() ? row[*i] : kEmpty;
  }

 private:
  std::vector<std::pair<std::string, std::size_t>> columns_;
};

// The fields a column gives as trimmed text, as they are.
const std::pair<const char*, std::string Record::*> kTextFields[] = {
    {"author", &Record::author}, {"author_id", &Record::author_id},
    {"url", &Record::url},       {"channel", &Record::channel},
    {"reply_to", &Record::reply_to}, {"forwarded_from", &Record::forwarded_from},
    {"parent", &Record::parent}, {"thread", &Record::thread},
    {"kind", &Record::kind},
};

// True when a line of `head` holds non-ASCII characters and is valid UTF-8.
bool has_utf8_line(std::string_view head) {
  while (!head.empty()) {
    const std::size_t nl = head.find('\n');
    const std::string_view line = head.substr(0, nl);
    const bool non_ascii = std::any_of(line.begin(), line.end(), [](char c) { return c & 0x80; });
    if (non_ascii && nl != std::string_view::npos && first_invalid_utf8(line) == std::string_view::npos) return true;
    if (nl == std::string_view::npos) break;
    head.remove_prefix(nl + 1);
  }
  return false;
}

// How the file's bytes become UTF-8: as they are, or through ICU. Never
// guessed (docs/input-formats.md §5.2: do not guess quietly).
std::string choose_encoding(const std::string& path, const std::string& head, const ReaderOptions& options) {
  const std::string forced = forced_encoding(options.encoding);
  CharsetRule rule;
  rule.forced = forced;
  rule.head_only = true;
  if (auto choice = choose_charset(head, rule)) return choice->encoding;
  // Mixed: some lines are UTF-8 with non-ASCII characters, so the file is
  // UTF-8 with bad bytes in places (an appended legacy export, a damaged
  // cell). Read as UTF-8: the rows with bad bytes are rejected one by one,
  // naming their lines and --encoding, and no other row is lost.
  if (has_utf8_line(head)) return "utf-8";
  throw Error::format(
      "{}: not valid UTF-8 (byte {}); CSV files are read as UTF-8 unless --encoding names another "
      "(e.g. --encoding cp1254 for Turkish, cp1256 for Arabic, cp1252 for Western European)",
      path, first_invalid_utf8(head, /*allow_cut_end=*/true));
}

}  // namespace

std::string csv_mappable_fields() {
  std::string out;
  for (const auto& s : synonyms()) out += (out.empty() ? "" : ", ") + std::string(s.field);
  return out;
}

Result<std::vector<std::pair<std::string, std::string>>> parse_column_map(const std::vector<std::string>& specs) {
  using R = Result<std::vector<std::pair<std::string, std::string>>>;
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string& spec : specs) {
    std::size_t start = 0;
    for (;;) {
      const std::size_t end = spec.find(',', start);
      const std::string part = trim(spec.substr(start, end == std::string::npos ? std::string::npos : end - start));
      const std::size_t eq = part.find('=');
      if (eq == std::string::npos || eq == 0 || eq + 1 == part.size())
        return R::failure(fmt::format("'{}' is not field=column (e.g. --map text=body,date=created_at)", part));
      const std::string field = trim(part.substr(0, eq));
      if (!is_known_field(field))
        return R::failure(fmt::format("unknown field '{}' (fields: {})", field, csv_mappable_fields()));
      out.emplace_back(field, trim(part.substr(eq + 1)));
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }
  return out;
}

namespace {

// The bytes of a CSV input as UTF-8: the file (or standard input), through
// ICU when it is in a legacy encoding. Opened twice for a file whose date
// order is looked at first.
class CsvInput {
 public:
  CsvInput(const std::string& path, const std::string& encoding) {
    if (path != "-") {
      file_.open(path, std::ios::binary);
      if (!file_) throw Error::format("{}: cannot open: {}", path, std::strerror(errno));
      in_ = &file_;
    }
    if (encoding != "utf-8") {
      decoder_ = std::make_unique<DecodingStreambuf>(*in_, encoding);
      decoded_ = std::make_unique<std::istream>(decoder_.get());
      in_ = decoded_.get();
    }
  }
  std::istream& stream() { return *in_; }

 private:
  std::ifstream file_;
  std::unique_ptr<DecodingStreambuf> decoder_;
  std::unique_ptr<std::istream> decoded_;
  std::istream* in_ = &std::cin;
};

// The order of day and month in the date column `column` (see
// date_order.h): one pass over the file that stops at the first value that
// decides it. Standard input cannot be read twice: kUnknown.
DateOrderSampler sample_date_order(const std::string& path, const std::string& encoding, CsvDialect dialect,
                                   std::size_t column) {
  DateOrderSampler sampler;
  if (path == "-") return sampler;
  CsvInput input(path, encoding);
  CsvReader csv(input.stream(), dialect);
  std::vector<std::string> row;
  std::uint64_t line = 0;
  if (!csv.next(row, line)) return sampler;  // the header
  while (!sampler.decided() && csv.next(row, line))
    if (csv.problem().empty() && column < row.size()) sampler.add(row[column], line);
  return sampler;
}

// Says once how a file's spreadsheet dates are read, or why they cannot be.
// Returns the reason to reject its rows with ("" = they can be read).
std::string report_date_order(const DateOrderSampler& sampler, DateOrder order, const std::string& path,
                              const std::string& column, RecordSink& sink) {
  const std::string day = sampler.pattern(DateOrder::kDayFirst), month = sampler.pattern(DateOrder::kMonthFirst);
  switch (order) {
    case DateOrder::kDayFirst:
    case DateOrder::kMonthFirst:
    case DateOrder::kYearFirst:
      sink.note(Location{path, sampler.evidence_line(), {}}, Severity::kNote,
                fmt::format("column '{}': dates read as {} (inferred from '{}' on this line; --date-format "
                            "overrides)",
                            column, sampler.pattern(order), sampler.evidence()));
      return {};
    case DateOrder::kAmbiguous:
      return fmt::format("column '{}': dates such as '{}' can be day-month or month-day (no value in this file "
                         "has a day above 12); give --date-format '{}' or --date-format '{}'; every row with "
                         "such a date is rejected",
                         column, sampler.first_value(), day, month);
    case DateOrder::kMixed:
      return fmt::format("column '{}': dates in both orders (day first on line {}, month first on line {}); "
                         "give --date-format '{}' or '{}' for the rows it fits; every row with such a date is "
                         "rejected",
                         column, sampler.evidence_line() == sampler.first_line() ? 0 : sampler.evidence_line(),
                         sampler.first_line(), day, month);
    case DateOrder::kUnknown:
      break;
  }
  return fmt::format("column '{}': dates in the day/month form cannot be read from standard input without "
                     "--date-format (e.g. '%d-%m-%Y %H:%M' or '%m-%d-%Y %H:%M'); every row with such a date is "
                     "rejected",
                     column);
}

void read_csv(const std::string& path, const ReaderOptions& options, RecordSink& sink) {
  std::string head;
  if (path != "-") {
    head = read_head(path);
    if (const std::string binary = binary_file_reason(head); !binary.empty())
      throw Error::format("{}: {}; not a CSV file, skipped", path, binary);
  }
  const std::string encoding = path == "-" ? "utf-8" : choose_encoding(path, head, options);
  if (encoding != "utf-8") {
    auto h = to_utf8(head, encoding);
    head = h ? std::move(h).value() : std::string();
  }
  const CsvDialect dialect = sniff_dialect(head);
  CsvInput input(path, encoding);
  CsvReader csv(input.stream(), dialect);
  const std::string file_id = relative_source_path(path, options.base_dir);

  std::vector<std::string> header;
  std::uint64_t line = 0;
  if (!csv.next(header, line)) return;  // an empty file holds no records
  if (!csv.problem().empty()) throw Error::format("{}:{}: header row: {}", path, line, csv.problem());
  for (std::size_t i = 0; i < header.size(); ++i) {
    // A damaged column name costs that name, not the file's rows: it is
    // read with U+FFFD for the bad bytes, and said once.
    if (const std::size_t bad = first_invalid_utf8(header[i]); bad != std::string::npos) {
      header[i] = utf8::repair(header[i]);
      sink.note(Location{path, line, {}}, Severity::kWarning,
                fmt::format("header column {} is not valid UTF-8 (byte {} of the name), read as '{}'; if the file "
                            "is in a legacy encoding, name it with --encoding (e.g. cp1254, cp1256, cp1252)",
                            i + 1, bad + 1, header[i]));
    }
    header[i] = trim(header[i]);
  }
  csv.expect_fields(header.size());
  const ColumnMap columns(header, options, path);
  if (!columns.has("text"))
    throw Error::format("{}: no text column in the header (columns: {}); name it with --map text=COLUMN", path,
                        fmt::join(header, ", "));

  // Spreadsheet dates (31-12-2021 23:59): their order is looked at first.
  DateOrder order = DateOrder::kUnknown;
  std::string date_order_error;  // why such dates cannot be read ("" = they can, or not known yet)
  bool date_order_said = false;
  const auto date_column = columns.index("date");
  DateOrderSampler sampler;
  if (date_column && options.date_format.empty()) {
    sampler = sample_date_order(path, encoding, dialect, *date_column);
    order = sampler.order();
    if (order != DateOrder::kUnknown)
      date_order_error = report_date_order(sampler, order, path, header[*date_column], sink);
  }

  std::vector<std::string> row;
  std::uint64_t row_no = 1;  // the header is row 1, as a spreadsheet shows it
  while (!sink.stopping() && csv.next(row, line)) {
    ++row_no;
    const Location where{path, line, {}};
    if (const std::string problem = csv_row_problem(csv, row, header, dialect.separator, ShortRows::kRejected);
        !problem.empty()) {
      sink.reject(where, problem, csv.raw());
      continue;
    }
    const auto build = [&]() -> std::optional<Record> {
      if (encoding == "utf-8") {
        const auto bad = std::find_if(row.begin(), row.end(), [](const std::string& c) { return !utf8::is_valid(c); });
        if (bad != row.end()) {
          sink.reject(where,
                      fmt::format("column '{}' is not valid UTF-8; if the file is in a legacy encoding, name it with "
                                  "--encoding (e.g. cp1254, cp1256, cp1252)",
                                  header[static_cast<std::size_t>(bad - row.begin())]),
                      csv.raw());
          return std::nullopt;
        }
      }

      Record r;
      r.text = normalize_newlines(columns.cell(row, "text"));
      r.title = trim(columns.cell(row, "title"));
      if (trim(r.text).empty() && r.title.empty()) {
        sink.reject(where, fmt::format("no text (column '{}' is empty)", header[*columns.index("text")]), csv.raw());
        return std::nullopt;
      }
      r.id = trim(columns.cell(row, "id"));
      if (r.id.empty()) r.id = fmt::format("{}:{}", file_id, row_no);
      std::string date = trim(columns.cell(row, "date"));
      if (!date.empty() && options.date_format.empty() && split_spreadsheet_date(date)) {
        auto iso = spreadsheet_date_to_iso(date, order);
        if (!iso) {  // said once per file; every such row is still counted (and in --rejects)
          if (date_order_error.empty())
            date_order_error = report_date_order(sampler, order, path, header[*date_column], sink);
          if (!std::exchange(date_order_said, true)) sink.reject(where, date_order_error, csv.raw());
          else sink.reject_quietly(where, date_order_error, csv.raw());
          return std::nullopt;
        }
        date = std::move(*iso);
      }
      if (!date.empty()) {
        auto d = parse_cell_date(date, options);
        if (!d) {
          sink.reject(where, d.error(), csv.raw());
          return std::nullopt;
        }
        r.date = d->utc_seconds;
        r.date_zone_assumed = d->zone_assumed;
      }
      r.lang = normalize_lang(trim(columns.cell(row, "lang")));
      r.source = "csv";
      for (const auto& [field, member] : kTextFields) r.*member = trim(columns.cell(row, field));
      r.hashtags = split_list(columns.cell(row, "hashtags"));
      r.mentions = split_list(columns.cell(row, "mentions"));
      r.urls = split_list(columns.cell(row, "urls"));

      nlohmann::json meta = nlohmann::json::object();
      nlohmann::json extra = nlohmann::json::object();
      for (std::size_t i = 0; i < header.size(); ++i)
        if (!columns.mapped(i) && !row[i].empty()) extra[header[i]] = row[i];
      if (!extra.empty()) meta["columns"] = std::move(extra);
      if (encoding != "utf-8") meta["encoding"] = encoding;
      if (!meta.empty()) r.meta_json = json_text(meta);
      r.provenance = Provenance{path, line, csv.offset(), fmt::format("row {}", row_no), "csv"};
      return r;
    };
    if (auto r = guarded_record(sink, where, csv.raw(), build)) sink.accept(std::move(*r));
  }
  if (csv.bad()) throw Error::format("{}: read error after line {}", path, line);
}

}  // namespace

void CsvRecordReader::read(const std::string& path, RecordSink& sink) {
  guarded_input(path, [&] { read_csv(path, options_, sink); });
}

}  // namespace lisan::indexer
