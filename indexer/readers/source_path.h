// The id-forming path of an input file: its path relative to the directory
// the user gave (ReaderOptions::base_dir), with forward slashes and in NFC,
// so the same tree indexed from another machine or working directory gives
// the same ids (docs/input-formats.md §5.3). Used by the text, HTML and CSV readers.
// Stateless and thread-safe.
#pragma once

#include <string>

namespace lisan::indexer {

// `path` relative to `base_dir` ("udhr/ar/article_01.txt"); the file name
// alone when `base_dir` is empty or does not contain `path`.
std::string relative_source_path(const std::string& path, const std::string& base_dir);

}  // namespace lisan::indexer
