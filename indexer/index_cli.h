// The lisan-index command line: argv -> IndexOptions (CLI11), and the exit
// status from the run's counts. Only main() calls these.
#pragma once

#include "indexer/index_run.h"

namespace lisan::indexer {

// Exit statuses, documented in the README.
enum ExitStatus : int {
  kExitOk = 0,           // every record indexed (or skipped by a flag)
  kExitSomeRejected = 1, // some records or inputs rejected; the rest indexed
  kExitUnusable = 2,     // usage error, or nothing usable and something failed
  kExitInterrupted = 130 // stopped by SIGINT/SIGTERM after committing
};

int index_main(int argc, char** argv);

int exit_status(const IndexStats& stats);

}  // namespace lisan::indexer
