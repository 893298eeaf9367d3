#include "indexer/readers/source_path.h"

#include <filesystem>

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace lisan::indexer {
namespace {

namespace fs = std::filesystem;

std::string nfc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return s;
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  if (n->isNormalized(u, status)) return s;
  std::string out;
  n->normalize(u, status).toUTF8String(out);
  return U_SUCCESS(status) ? out : s;
}

}  // namespace

std::string relative_source_path(const std::string& path, const std::string& base_dir) {
  const fs::path p(path);
  std::string rel;
  if (!base_dir.empty()) {
    std::error_code ec;
    const fs::path r = fs::relative(p, fs::path(base_dir), ec);
    if (!ec && !r.empty() && r.native().rfind("..", 0) != 0) rel = r.generic_string();
  }
  if (rel.empty()) rel = p.filename().generic_string();
  return nfc(rel);
}

}  // namespace lisan::indexer
