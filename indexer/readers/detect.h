// Format detection for --format auto (docs/input-formats.md §6): from a file's
// name and its first 64 KiB, in the spec's order, so one rule decides per
// file: the probes of the format registry (registry.h), asked in its order.
// Directories are walked by the index run, which calls this per file.
#pragma once

#include <string>
#include <string_view>

namespace lisan::indexer {

// Returns a format name make_reader() knows ("telegram-json", "twarc2",
// "jsonl", "csv", "html", "text", ...), "unknown-json" for JSON that matches
// no reader (its reader fails the input with an error: JSON is never indexed
// as text unless asked), "skip:<reason>" for a file that must not be indexed
// on its own (a Telegram HTML page beside result.json, a Twitter archive part
// that holds no posts, an id-only list, a twarc2 compliance file), or "" when
// it cannot tell.
std::string detect_format(const std::string& path);

// The same decision from a name and the first bytes (for tests).
std::string detect_format_from(std::string_view file_name, std::string_view head, bool result_json_beside = false);

}  // namespace lisan::indexer
