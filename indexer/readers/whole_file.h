// read_whole_file: the whole content of an input ("-" = standard input) as
// one string, for readers whose format is one document that a parser needs
// at once (a Telegram HTML page, a telegram-tracker JSON file). Throws
// lisan::Error when the file cannot be opened or read. Thread-safe.
#pragma once

#include <string>

namespace lisan::indexer {

std::string read_whole_file(const std::string& path);

}  // namespace lisan::indexer
