#include "indexer/readers/generic/unknown_json_reader.h"

#include "lisan/core/error.h"

namespace lisan::indexer {

void UnknownJsonReader::read(const std::string& path, RecordSink& /*sink*/) {
  throw Error::format(
      "{}: JSON in none of the formats lisan reads (tried telegram-json, telegram-tracker, 4cat-telegram, "
      "snscrape-telegram, twitter-v1, twarc2, twarc2-flat, snscrape-twitter, twitter-archive, and jsonl, whose "
      "records need \"id\" and \"text\"); nothing was indexed. If it is one of them, name it with --format; to "
      "index the file as plain text, use --format text",
      path);
}

}  // namespace lisan::indexer
