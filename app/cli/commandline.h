#pragma once

#include "common/error.h"
#include "engine/scenario.h"
#include "server/connectionsettings.h"
#include "server/embeddedserver.h"
#include <QCoreApplication>

#include <QString>
#include <QStringList>
#include <optional>

namespace seatsim {

class ServerConnection;

// Exit codes of the headless mode: every run correct; could not run (no server, connection
// lost); bad usage or a script that does not parse; a run inconsistent; consistent in every
// run but a run not correct (deadlocks, failures, wrong answers).
enum ExitCode {
    ExitOk = 0,
    ExitCouldNotRun = 1,
    ExitUsage = 2,
    ExitInconsistent = 3,
    ExitNotCorrect = 4
};

// Everything the command line can say, for the window and for --headless alike.
struct CommandLine {
    bool headless = false;
    bool reset = false;
    bool audit = false;
    bool json = false;
    std::optional<ConnectionSettings> database; // nullopt: the private server
    QString schema = ConnectionSettings::defaultSchema();
    EmbeddedServer::Options privateServer; // --server-dir, --deadlock-timeout-ms

    bool listStrategies = false;
    bool board = false; // --board: the class board of the server (cli/boardcommand.h)
    QStringList strategies{QStringLiteral("naive")}; // ids or files, in the order given
    Scenario load; // --threads … --capacity; its strategy stays empty, `strategies` name them
    bool exerciseGiven = false; // --exercise was on the command line (else the window's last)
    int runs = 1;
    QString reportPath; // --report FILE.pdf|FILE.html: the report of the headless runs

    // Points `server` at the server the command line names: --database, or else the private
    // server with its options; either way in --schema.
    void configure(ServerConnection& server) const;

    // Parses arguments (arguments[0] is the program). Returns nullopt when the program ends
    // here with `exitCode`: after printing --help or --version (ExitOk), or on bad usage
    // (ExitUsage, with `error` saying why). Install the translations for languageArgument()
    // first, so that the help and the errors speak the language asked for.
    static std::optional<CommandLine> parse(const QStringList& arguments, int& exitCode,
                                            Error& error);
    // --lang of `arguments` when it names a language SeatSim speaks, else empty (parse()
    // reports a wrong one).
    static QString languageArgument(const QStringList& arguments);
    // The exit codes in words, for --help and the README.
    static QString exitCodesHelp();
    // True when the arguments need no window: --headless, --help, --version.
    static bool wantsConsole(int argc, char** argv);
    // True when the arguments ask for --report, which draws charts and so needs a GUI
    // application (offscreen will do).
    static bool wantsReport(int argc, char** argv);

    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace seatsim
