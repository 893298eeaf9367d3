// Interrupt: SIGINT/SIGTERM ask the run to stop; the run then commits what it
// has and exits with a message. A signal handler can only talk through a
// process-wide flag, so this is the one piece of global state in lisan-index,
// and nothing but this file touches it.
#pragma once

namespace lisan::indexer {

// Installs handlers for SIGINT and SIGTERM that set the flag. A second signal
// while stopping restores the default action (so ^C twice kills).
void install_interrupt_handlers();

bool interrupted();

}  // namespace lisan::indexer
