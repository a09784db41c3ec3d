#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
bool parseInt(const QCommandLineParser& parser, const QString& name, int minimum, int maximum,
              int* value, QString* error) {
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int parsed = parser.value(name).toInt(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        *error = CommandLine::tr("--%1 expects a whole number from %2 to %3, not \"%4\".")
                     .arg(name)
                     .arg(minimum)
                     .arg(maximum)
                     .arg(parser.value(name));
        return false;
    }
    *value = parsed;
    return true;
}
} // namespace

bool CommandLine::wantsConsole(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"--headless", "--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

CommandLine CommandLine::parse(const QStringList& arguments, int* exitCode, QString* error) {
    *exitCode = -1;
    CommandLine result;
    QCommandLineParser parser;
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
         CommandLine::tr("deadlock_timeout of the private server in milliseconds (default: 100)."),
         CommandLine::tr("MS")},
        {u"lang"_s, CommandLine::tr("Language of the program: de or en (default: the system's)."),
         CommandLine::tr("LANG")},
        {u"list-strategies"_s, CommandLine::tr("List the built-in strategies and exit.")},
        {u"strategy"_s,
         CommandLine::tr(
             "A built-in strategy id or a script file. May be given several times, or as a "
             "comma-separated list (default: naive)."),
         CommandLine::tr("ID|FILE")},
        {u"threads"_s, CommandLine::tr("Worker threads (default: 5)."), CommandLine::tr("N")},
        {u"per-thread"_s, CommandLine::tr("Reservations per thread (default: 20)."),
         CommandLine::tr("N")},
        {u"think-ms"_s,
         CommandLine::tr("Pause between read and write, the race window (default: 5)."),
         CommandLine::tr("MS")},
        {u"pause-ms"_s, CommandLine::tr("Pause between reservations (default: 0)."),
         CommandLine::tr("MS")},
        {u"seed"_s, CommandLine::tr("Random seed; run k uses seed + k - 1 (default: 1)."),
         CommandLine::tr("N")},
        {u"runs"_s, CommandLine::tr("Runs per strategy (default: 1)."), CommandLine::tr("N")},
        {u"max-tries"_s, CommandLine::tr("Tries per reservation on 40001/40P01 (default: 10)."),
         CommandLine::tr("N")},
        {u"capacity"_s,
         CommandLine::tr("Seats of every session instead of the exercise's 40 in all, so that a "
                         "long run does not sell out (benchmarks)."),
         CommandLine::tr("N")},
        {u"duration-ms"_s,
         CommandLine::tr("Run each worker for this long instead of --per-thread reservations."),
         CommandLine::tr("MS")},
    });
    if (!parser.parse(arguments)) {
        *error = parser.errorText() + u'\n' + CommandLine::tr("Run with --help for the options.");
        *exitCode = ExitUsage;
        return result;
    }
    if (parser.isSet(u"help"_s)) {
        fputs(qPrintable(parser.helpText()), stdout);
        *exitCode = ExitOk;
        return result;
    }
    if (parser.isSet(u"version"_s)) {
        fprintf(stdout, "%s %s\n", qPrintable(QCoreApplication::applicationName()),
                qPrintable(QCoreApplication::applicationVersion()));
        *exitCode = ExitOk;
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = CommandLine::tr("Unexpected argument \"%1\". Run with --help for the options.")
                     .arg(parser.positionalArguments().constFirst());
        *exitCode = ExitUsage;
        return result;
    }
    result.headless = parser.isSet(u"headless"_s);
    result.reset = parser.isSet(u"reset"_s);
    result.audit = parser.isSet(u"audit"_s);
    result.json = parser.isSet(u"json"_s);
    result.serverDir = parser.value(u"server-dir"_s);
    if (parser.isSet(u"schema"_s)) {
        result.schema = parser.value(u"schema"_s);
        if (!ConnectionSettings::isValidSchemaName(result.schema)) {
            *error = CommandLine::tr(
                         "--schema: \"%1\" is not a schema name SeatSim can use. Use lower-case "
                         "letters, digits and underscores, starting with a letter.")
                         .arg(result.schema);
            *exitCode = ExitUsage;
            return result;
        }
    }
    if (parser.isSet(u"database"_s)) {
        QString parseError;
        ConnectionSettings settings =
            ConnectionSettings::fromConnInfo(parser.value(u"database"_s), &parseError);
        if (!parseError.isEmpty()) {
            *error = u"--database: "_s + parseError;
            *exitCode = ExitUsage;
            return result;
        }
        settings.schema = result.schema;
        result.database = settings;
    }
    result.listStrategies = parser.isSet(u"list-strategies"_s);
    if (parser.isSet(u"lang"_s)) {
        result.language = parser.value(u"lang"_s);
        if (result.language != u"de" && result.language != u"en") {
            *error = CommandLine::tr("--lang expects de or en, not \"%1\".").arg(result.language);
            *exitCode = ExitUsage;
            return result;
        }
    }
    if (parser.isSet(u"strategy"_s)) {
        result.strategies.clear();
        for (const QString& value : parser.values(u"strategy"_s)) {
            for (const QString& part : value.split(u',', Qt::SkipEmptyParts))
                result.strategies << part.trimmed();
        }
    }
    int seed = 1;
    const bool numbersOk =
        parseInt(parser, u"deadlock-timeout-ms"_s, 1, 60000, &result.deadlockTimeoutMs, error) &&
        parseInt(parser, u"threads"_s, 1, 256, &result.threads, error) &&
        parseInt(parser, u"per-thread"_s, 0, 10'000'000, &result.perThread, error) &&
        parseInt(parser, u"think-ms"_s, 0, 60'000, &result.thinkMs, error) &&
        parseInt(parser, u"pause-ms"_s, 0, 60'000, &result.pauseMs, error) &&
        parseInt(parser, u"seed"_s, 0, std::numeric_limits<int>::max(), &seed, error) &&
        parseInt(parser, u"runs"_s, 1, 100'000, &result.runs, error) &&
        parseInt(parser, u"max-tries"_s, 1, 1000, &result.maxTries, error) &&
        parseInt(parser, u"duration-ms"_s, 0, 24 * 3600 * 1000, &result.durationMs, error) &&
        parseInt(parser, u"capacity"_s, 0, 100'000'000, &result.capacity, error);
    if (!numbersOk) {
        *exitCode = ExitUsage;
        return result;
    }
    result.seed = quint64(seed);
    return result;
}

} // namespace seatsim
