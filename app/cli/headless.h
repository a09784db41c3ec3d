#pragma once

#include "cli/commandline.h"
#include "engine/runresult.h"
#include "engine/snapshot.h"

#include <functional>

namespace seatsim {

// A headless run and the snapshots it published, for --report.
struct RecordedRun {
    RunResult result;
    QList<Snapshot> snapshots;
};
// Writes the report of `runs` to `path` (--report). main.cpp supplies it: the report is drawn
// by the UI library, which the core does not see.
using ReportHook = std::function<bool(const QList<RecordedRun>& runs, const QString& server,
                                      const QString& path, Error& error)>;

// The --headless mode: reset, audit and load tests on the console. Returns an ExitCode.
int runHeadless(const CommandLine& commandLine, const ReportHook& writeReport = {});

} // namespace seatsim
