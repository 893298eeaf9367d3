// lisan-index: thin entry point; everything happens in index_cli.cc. An
// exception that escapes it (the analysis's std::runtime_error, bad_alloc)
// still ends as a message and the documented status 2, never as abort().
#include <cstdio>
#include <exception>
#include <new>

#include "indexer/index_cli.h"
#include "lisan/core/utf8.h"

int main(int argc, char** argv) {
  try {
    return lisan::indexer::index_main(argc, argv);
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "lisan-index: error: out of memory\n");
  } catch (const std::exception& e) {
    std::fprintf(stderr, "lisan-index: error: %s\n",
                 lisan::utf8::terminal_safe(e.what(), lisan::utf8::Newlines::kKeep).c_str());
  } catch (...) {
    std::fprintf(stderr, "lisan-index: error: unexpected failure\n");
  }
  return lisan::indexer::kExitUnusable;
}
