// The lisan-query command line: argv -> QueryOptions (CLI11), output written
// to stdout, exit status chosen here: 0 hits found, 1 no hits, 2 error
// (grep's and ripgrep's convention, so scripts can test for a match).
#pragma once

namespace lisan::query {

enum ExitStatus : int { kExitHits = 0, kExitNoHits = 1, kExitError = 2 };

int query_main(int argc, char** argv);

}  // namespace lisan::query
