#pragma once

#include "connectionsettings.h"
#include <QCoreApplication>

#include <QString>
#include <QStringList>
#include <optional>

namespace seatsim {

// Exit codes of the headless mode.
enum ExitCode { ExitOk = 0, ExitCouldNotRun = 1, ExitUsage = 2, ExitInconsistent = 3 };

// Everything the command line can say, for the window and for --headless alike.
struct CommandLine {
    bool headless = false;
    bool reset = false;
    bool audit = false;
    bool json = false;
    std::optional<ConnectionSettings> database; // nullopt: the private server
    QString schema = ConnectionSettings::defaultSchema();
    QString serverDir; // where the private server lives; empty: the default
    int deadlockTimeoutMs = 100;
    QString language; // "de", "en", or empty: the saved choice or the system's

    bool listStrategies = false;
    QStringList strategies{QStringLiteral("naive")}; // ids or files, in the order given
    int threads = 5;
    int perThread = 20;
    int thinkMs = 5;
    int pauseMs = 0;
    quint64 seed = 1;
    int runs = 1;
    int maxTries = 10;
    int durationMs = 0;
    int capacity = 0; // > 0: every session has this many seats instead of the exercise's

    // Parses arguments (arguments[0] is the program). On --help or --version it prints and
    // sets *exitCode; on bad usage it sets *error and *exitCode = ExitUsage.
    static CommandLine parse(const QStringList& arguments, int* exitCode, QString* error);
    // True when the arguments need no window: --headless, --help, --version.
    static bool wantsConsole(int argc, char** argv);

    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace seatsim
