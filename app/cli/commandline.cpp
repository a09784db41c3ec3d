#include "cli/commandline.h"

#include "settings/language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

// The one definition of the options, for parse() and for languageArgument().
void addOptions(QCommandLineParser& parser) {
    const Scenario load;
    const EmbeddedServer::Options privateServer;
    parser.setApplicationDescription(CommandLine::tr(
        "SeatSim shows on a real PostgreSQL server how concurrent seat reservations lose "
        "updates and deadlock, and how transactions and locks prevent it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"headless"_s,
         CommandLine::tr("Run without a window and print results to standard output.")},
        {u"reset"_s, CommandLine::tr("Recreate the exercise's tables in the program's schema.")},
        {u"audit"_s,
         CommandLine::tr("Print the consistency audit: free + occupied seats against capacity.")},
        {u"json"_s, CommandLine::tr("Print JSON instead of a table.")},
        {u"database"_s,
         CommandLine::tr(
             "Use this server instead of the private one: a postgresql:// URI or libpq "
             "key=value pairs. libpq's PG* environment variables fill in what is left out."),
         CommandLine::tr("URI")},
        {u"schema"_s, CommandLine::tr("The schema SeatSim works in (default: seatsim)."),
         CommandLine::tr("NAME")},
        {u"server-dir"_s, CommandLine::tr("Where the private server keeps its data."),
         CommandLine::tr("DIR")},
        {u"deadlock-timeout-ms"_s,
         CommandLine::tr("deadlock_timeout of the private server in milliseconds (default: %1).")
             .arg(privateServer.deadlockTimeoutMs),
         CommandLine::tr("MS")},
        {u"lang"_s, CommandLine::tr("Language of the program: de or en (default: the system's)."),
         CommandLine::tr("LANG")},
        {u"list-strategies"_s, CommandLine::tr("List the built-in strategies and exit.")},
        {u"board"_s, CommandLine::tr("Print the class board: every SeatSim schema on the server, "
                                     "its owner, runs and latest verdict per strategy.")},
        {u"exercise"_s,
         CommandLine::tr("The exercise: seats (free + occupied = capacity; the default) or "
                         "two-seats (also: each student holds at most two seats). It sets the "
                         "load's users, the rule the judge checks and the built-in strategies."),
         CommandLine::tr("ID")},
        {u"strategy"_s,
         CommandLine::tr(
             "A built-in strategy id, a script file, or a student's Python answer (.py or "
             ".ipynb defining reserve_seat). May be given several times, or as a "
             "comma-separated list (default: the exercise's first built-in, naive or "
             "check-then-book)."),
         CommandLine::tr("ID|FILE")},
        {u"threads"_s, CommandLine::tr("Worker threads (default: %1).").arg(load.threads),
         CommandLine::tr("N")},
        {u"per-thread"_s,
         CommandLine::tr("Reservations per thread (default: %1).").arg(load.perThread),
         CommandLine::tr("N")},
        {u"think-ms"_s,
         CommandLine::tr("Pause between read and write, the race window (default: %1).")
             .arg(load.thinkMs),
         CommandLine::tr("MS")},
        {u"pause-ms"_s,
         CommandLine::tr("Pause between reservations (default: %1).").arg(load.pauseMs),
         CommandLine::tr("MS")},
        {u"seed"_s,
         CommandLine::tr("Random seed; run k uses seed + k - 1 (default: %1).").arg(load.seed),
         CommandLine::tr("N")},
        {u"runs"_s, CommandLine::tr("Runs per strategy (default: 1)."), CommandLine::tr("N")},
        {u"report"_s,
         CommandLine::tr("With --headless: write a report of the runs for handouts, as PDF (A4) "
                         "or HTML by the file's suffix."),
         CommandLine::tr("FILE")},
        {u"max-tries"_s,
         CommandLine::tr("Tries per reservation on 40001/40P01 (default: %1).").arg(load.maxTries),
         CommandLine::tr("N")},
        {u"capacity"_s,
         CommandLine::tr("Seats of every session instead of the exercise's 40 in all, so that a "
                         "long run does not sell out (benchmarks)."),
         CommandLine::tr("N")},
        {u"duration-ms"_s,
         CommandLine::tr("Run each worker for this long instead of --per-thread reservations; "
                         "a reservation still running %1 ms later is cancelled.")
             .arg(Scenario::durationGraceMs),
         CommandLine::tr("MS")},
        {u"time-limit-ms"_s,
         CommandLine::tr("Cut each run after this long, whatever its script does: running "
                         "statements are cancelled and the run judged by what finished "
                         "(default: %1; 0: no limit; a --duration-ms run ends by its duration).")
             .arg(load.timeLimitMs),
         CommandLine::tr("MS")},
    });
}

template <typename Number>
bool parseNumber(const QCommandLineParser& parser, const QString& name, int minimum, int maximum,
                 Number& value, Error& error) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int parsed = parser.value(name).toInt(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        error.message = CommandLine::tr("--%1 expects a whole number from %2 to %3, not \"%4\".")
                            .arg(name)
                            .arg(minimum)
                            .arg(maximum)
                            .arg(parser.value(name));
        return false;
    }
    value = Number(parsed);
    return true;
}

bool parseLoad(const QCommandLineParser& parser, Scenario& load, Error& error) {
    int capacity = 0; // > 0: every session has this many seats instead of the exercise's
    const bool ok =
        parseNumber(parser, u"threads"_s, 1, 256, load.threads, error) &&
        parseNumber(parser, u"per-thread"_s, 0, 10'000'000, load.perThread, error) &&
        parseNumber(parser, u"think-ms"_s, 0, 60'000, load.thinkMs, error) &&
        parseNumber(parser, u"pause-ms"_s, 0, 60'000, load.pauseMs, error) &&
        parseNumber(parser, u"seed"_s, 0, std::numeric_limits<int>::max(), load.seed, error) &&
        parseNumber(parser, u"max-tries"_s, 1, 1000, load.maxTries, error) &&
        parseNumber(parser, u"duration-ms"_s, 0, 24 * 3600 * 1000, load.durationMs, error) &&
        parseNumber(parser, u"time-limit-ms"_s, 0, 24 * 3600 * 1000, load.timeLimitMs, error) &&
        parseNumber(parser, u"capacity"_s, 0, 100'000'000, capacity, error);
    if (ok && capacity > 0)
        load.capacities = QList<int>(load.capacities.size(), capacity);
    return ok;
}

} // namespace

QString CommandLine::exitCodesHelp() {
    return CommandLine::tr("Exit codes of --headless:\n"
                           "  0  every run correct: consistent, no deadlocks, every answer right\n"
                           "  1  could not run (no server, connection lost, interrupted, or "
                           "no reservation judged: cut before one finished, or held up by a "
                           "session outside the run)\n"
                           "  2  bad usage, or a script that does not parse\n"
                           "  3  at least one run inconsistent\n"
                           "  4  consistent in every run, but at least one run not correct "
                           "(deadlocks, failed reservations, wrong answers)\n");
}

bool CommandLine::wantsConsole(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"--headless", "--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

bool CommandLine::wantsReport(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--report") == 0 || std::strncmp(argv[i], "--report=", 9) == 0)
            return true;
    }
    return false;
}

QString CommandLine::languageArgument(const QStringList& arguments) {
    QCommandLineParser parser;
    addOptions(parser);
    parser.parse(arguments); // the other options' mistakes are parse()'s to report
    const QString language = parser.value(u"lang"_s);
    return isSupportedLanguage(language) ? language : QString();
}

std::optional<CommandLine> CommandLine::parse(const QStringList& arguments, int& exitCode,
                                              Error& error) {
    exitCode = ExitUsage;
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(arguments)) {
        error.message =
            parser.errorText() + u'\n' + CommandLine::tr("Run with --help for the options.");
        return std::nullopt;
    }
    if (parser.isSet(u"help"_s)) {
        fputs(qPrintable(parser.helpText() + u'\n' + exitCodesHelp()), stdout);
        exitCode = ExitOk;
        return std::nullopt;
    }
    if (parser.isSet(u"version"_s)) {
        fprintf(stdout, "%s %s\n", qPrintable(QCoreApplication::applicationName()),
                qPrintable(QCoreApplication::applicationVersion()));
        exitCode = ExitOk;
        return std::nullopt;
    }
    if (!parser.positionalArguments().isEmpty()) {
        error.message =
            CommandLine::tr("Unexpected argument \"%1\". Run with --help for the options.")
                .arg(parser.positionalArguments().constFirst());
        return std::nullopt;
    }
    if (parser.isSet(u"lang"_s) && !isSupportedLanguage(parser.value(u"lang"_s))) {
        error.message =
            CommandLine::tr("--lang expects de or en, not \"%1\".").arg(parser.value(u"lang"_s));
        return std::nullopt;
    }
    CommandLine result;
    result.headless = parser.isSet(u"headless"_s);
    result.reset = parser.isSet(u"reset"_s);
    result.audit = parser.isSet(u"audit"_s);
    result.json = parser.isSet(u"json"_s);
    result.privateServer.baseDir = parser.value(u"server-dir"_s);
    if (parser.isSet(u"schema"_s)) {
        result.schema = parser.value(u"schema"_s);
        if (!ConnectionSettings::isValidSchemaName(result.schema)) {
            error.message =
                CommandLine::tr(
                    "--schema: \"%1\" is not a schema name SeatSim can use. Use lower-case "
                    "letters, digits and underscores, starting with a letter.")
                    .arg(result.schema);
            return std::nullopt;
        }
    }
    if (parser.isSet(u"database"_s)) {
        Error parseError;
        std::optional<ConnectionSettings> settings =
            ConnectionSettings::fromConnInfo(parser.value(u"database"_s), parseError);
        if (!settings) {
            error = parseError;
            error.message = u"--database: "_s + parseError.message;
            return std::nullopt;
        }
        settings->schema = result.schema;
        result.database = settings;
    }
    if (parser.isSet(u"exercise"_s)) {
        const std::optional<Exercise> exercise = exerciseNamed(parser.value(u"exercise"_s));
        if (!exercise) {
            error.message = CommandLine::tr("--exercise expects one of %1, not \"%2\".")
                                .arg(exerciseIds().join(u", "_s), parser.value(u"exercise"_s));
            return std::nullopt;
        }
        result.load.exercise = *exercise;
        result.exerciseGiven = true;
        result.load.maxTries = maxTriesOf(*exercise);
        result.strategies = {builtinStrategyIds(*exercise).constFirst()};
    }
    result.listStrategies = parser.isSet(u"list-strategies"_s);
    result.board = parser.isSet(u"board"_s);
    if (parser.isSet(u"strategy"_s)) {
        result.strategies.clear();
        for (const QString& value : parser.values(u"strategy"_s)) {
            for (const QString& part : value.split(u',', Qt::SkipEmptyParts))
                result.strategies << part.trimmed();
        }
    }
    if (parser.isSet(u"report"_s)) {
        result.reportPath = parser.value(u"report"_s);
        const QString suffix = QFileInfo(result.reportPath).suffix().toLower();
        if (!result.headless) {
            error.message = CommandLine::tr("--report works only with --headless.");
            return std::nullopt;
        }
        if (!QStringList{u"pdf"_s, u"html"_s, u"htm"_s}.contains(suffix)) {
            error.message =
                CommandLine::tr("--report expects a file ending in .pdf or .html, not \"%1\".")
                    .arg(result.reportPath);
            return std::nullopt;
        }
    }
    if (!parseNumber(parser, u"deadlock-timeout-ms"_s, 1, 60000,
                     result.privateServer.deadlockTimeoutMs, error) ||
        !parseNumber(parser, u"runs"_s, 1, 100'000, result.runs, error) ||
        !parseLoad(parser, result.load, error))
        return std::nullopt;
    exitCode = ExitOk;
    return result;
}

} // namespace seatsim
