// Golden files for e2e outputs: tests/golden/<name>, compared byte for byte;
// LISAN_UPDATE_GOLDEN=1 rewrites them (then review the diff and commit it).
#pragma once

#include <string>

namespace lisan::test {

// The whole file at `path` ("" when it cannot be read).
std::string read_text(const std::string& path);

// CHECKs that `actual` equals tests/golden/<name>.
void check_golden(const std::string& name, const std::string& actual);

}  // namespace lisan::test
