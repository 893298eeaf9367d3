// Record: the document model. Every reader turns its input into Records; the
// index writer turns a Record into a Xapian document; the searcher gives it
// back from the stored document data. schemas/document.schema.json is the
// JSON form of one Record, field by field.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lisan {

// Where a record came from, so a journalist can cite the original.
struct Provenance {
  std::string file;            // input path as given ("-" for stdin)
  std::uint64_t line = 0;      // 1-based line, 0 when the format has no lines
  std::uint64_t offset = 0;    // byte offset of the record in the file
  std::string position;        // format-specific, e.g. "message 42"; may be empty
  std::string format;          // reader that produced it: "jsonl", "telegram-json", ...
};

struct Record {
  // Required.
  std::string id;    // unique in the index; re-indexing an id replaces the document
  std::string text;  // body as in the source (not normalized); may be empty
  // Optional; empty string / nullopt means absent.
  std::string title;
  std::optional<std::int64_t> date;  // UTC seconds since the epoch
  bool date_zone_assumed = false;    // the source gave a naive time; a zone was assumed
  std::string lang;                  // ISO 639-1 as given (lower-cased), "" = detect
  std::string source;                // telegram, twitter, web, email, text, csv, jsonl
  std::string channel;
  std::string author;
  std::string author_id;
  std::string url;
  std::vector<std::string> hashtags;  // without '#', original spelling
  std::vector<std::string> mentions;  // without '@'
  std::vector<std::string> urls;      // expanded URLs
  std::string reply_to;
  std::string forwarded_from;
  std::string parent;
  std::string thread;
  std::string kind;                   // post, reply, retweet, quote, forward, service
  std::optional<std::int64_t> edited;  // UTC seconds
  std::string meta_json;              // a JSON object kept and shown, not searched ("" = none)
  Provenance provenance;
};

// Lower-cases a language tag and cuts it at '-' or '_' ("nl-NL" -> "nl"), and
// maps Twitter's legacy and pseudo codes (docs/input-formats.md §0.5): "in" -> "id",
// "iw" -> "he", "und"/"qam"/"zxx"/... -> "" (detect).
std::string normalize_lang(std::string_view tag);

}  // namespace lisan
