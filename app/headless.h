#pragma once

#include "commandline.h"

namespace seatsim {

// The --headless mode: reset, audit and load tests on the console. Returns an ExitCode.
int runHeadless(const CommandLine& commandLine);

} // namespace seatsim
