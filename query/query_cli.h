// The lisan-query command line: argv -> one CommandLine struct (CLI11),
// checked in one place (validate: every option against the mode and the
// format), then one QueryPlan run by the chosen mode and rendered by the one
// printer make_printer() picks. Exit status, chosen only in query_main():
// 0 something matched (or stdout's reader closed the pipe), 1 nothing
// matched, 2 an error of any kind, every exception included (grep's and
// ripgrep's convention, so scripts can test for a match).
#pragma once

namespace lisan::query {

enum ExitStatus : int { kExitHits = 0, kExitNoHits = 1, kExitError = 2 };

int query_main(int argc, char** argv);

}  // namespace lisan::query
