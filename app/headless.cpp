#include "headless.h"

#include "comparison.h"
#include "database.h"
#include "loadtest.h"
#include "serverconnection.h"
#include "strategyscript.h"
#include "terminationsignals.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

class Headless {
    Q_DECLARE_TR_FUNCTIONS(Headless)
};

void printError(const QString& message) {
    fprintf(stderr, "seatsim: %s\n", qPrintable(message));
    fflush(stderr);
}

void printOut(const QString& text) {
    fputs(text.toUtf8().constData(), stdout);
    fflush(stdout);
}

void printJson(const QJsonObject& object) {
    printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) + u'\n');
}

// A built-in id, or else a path to a script file.
StrategyScript resolveStrategy(const QString& idOrFile, QString* error) {
    if (const StrategyScript builtin = builtinStrategy(idOrFile); !builtin.isNull())
        return builtin;
    if (!QFileInfo::exists(idOrFile)) {
        *error =
            Headless::tr("Unknown strategy \"%1\": it is neither a built-in id (%2) nor a file.")
                .arg(idOrFile, builtinStrategyIds().join(u", "_s));
        return {};
    }
    ScriptError scriptError;
    StrategyScript script =
        StrategyScript::load(idOrFile, standardProvidedVariables(), &scriptError);
    if (script.isNull())
        *error = scriptError.toString();
    return script;
}

int listStrategies(bool json) {
    const QString lang = QLocale().name().startsWith(u"de"_s) ? u"de"_s : u"en"_s;
    for (const StrategyScript& script : builtinStrategies()) {
        const QString kind = script.isBroken() ? u"broken"_s : u"safe"_s;
        if (json)
            printJson({{u"id"_s, script.id()},
                       {u"kind"_s, kind},
                       {u"title"_s, script.title(lang)},
                       {u"summary"_s, script.summary(lang)}});
        else
            printOut(u"%1  %2  %3\n"_s.arg(script.id(), -16).arg(kind, -6).arg(script.title(lang)));
    }
    return ExitOk;
}

QString summaryLine(const StrategyTotals& totals) {
    return Headless::tr("%1: %2 of %3 runs inconsistent, %4 with deadlocks; %5 attempts, "
                        "%6 retries, %7 deadlocks, %8 serialization failures, %9 attempts/s")
        .arg(totals.id)
        .arg(totals.inconsistentRuns)
        .arg(totals.runs)
        .arg(totals.deadlockRuns)
        .arg(totals.counters.attempts)
        .arg(totals.counters.retries)
        .arg(totals.counters.deadlocks)
        .arg(totals.counters.serializationFailures)
        .arg(totals.attemptsPerSecond(), 0, 'f', 1);
}

// The exercise's sessions, or as many with --capacity seats each (a long run that does not
// sell out, for benchmarks).
QList<int> capacities(const CommandLine& commandLine) {
    if (commandLine.capacity <= 0)
        return SeatDatabase::exerciseCapacities();
    return QList<int>(SeatDatabase::exerciseCapacities().size(), commandLine.capacity);
}

int resetAndAudit(const CommandLine& commandLine, const ServerConnection& server) {
    int exitCode = ExitOk;
    QString error;
    const QString connectionName = uniqueConnectionName(u"seatsim-headless"_s);
    {
        QSqlDatabase db = server.settings().open(connectionName, &error);
        if (!db.isValid()) {
            printError(error);
            return ExitCouldNotRun;
        }
        SeatDatabase database(db, commandLine.schema);
        if (commandLine.reset) {
            if (!database.reset(capacities(commandLine), &error)) {
                printError(error);
                exitCode = ExitCouldNotRun;
            } else if (!commandLine.json) {
                printOut(Headless::tr("Reset the tables in schema %1 on %2.")
                             .arg(commandLine.schema, server.describe()) +
                         u'\n');
            }
        }
        if (exitCode == ExitOk && commandLine.audit) {
            if (database.schemaState(&error) != SeatDatabase::SchemaState::Ours) {
                printError(
                    Headless::tr("There is no SeatSim schema \"%1\" on %2 yet. Create it with "
                                 "--reset.")
                        .arg(commandLine.schema, server.describe()));
                exitCode = ExitCouldNotRun;
            } else if (const auto audit = database.audit(&error)) {
                if (commandLine.json)
                    printJson(audit->toJson());
                else
                    printOut(audit->report());
                if (!audit->consistent())
                    exitCode = ExitInconsistent;
            } else {
                printError(Headless::tr("The audit failed: %1").arg(error));
                exitCode = ExitCouldNotRun;
            }
        }
    }
    closeConnection(connectionName);
    return exitCode;
}

int loadTests(const CommandLine& commandLine, const QList<StrategyScript>& strategies,
              const ServerConnection& server) {
    LoadTest loadTest;
    loadTest.setConnection(server.settings());
    // Ctrl+C or kill: the run stops, and the program ends after reporting it.
    TerminationSignals termination;
    QObject::connect(&termination, &TerminationSignals::terminationRequested, &loadTest,
                     &LoadTest::stop);
    const auto interrupted = [&termination] {
        printError(Headless::tr("Interrupted (signal %1): the run was stopped and nothing more "
                                "runs.")
                       .arg(termination.received()));
        return ExitCouldNotRun;
    };
    bool anyInconsistent = false;
    QList<StrategyTotals> summaries;
    for (const StrategyScript& strategy : strategies) {
        StrategyTotals totals;
        totals.id = strategy.id();
        for (int run = 1; run <= commandLine.runs; ++run) {
            if (termination.received()) // between two runs
                return interrupted();
            Scenario scenario;
            scenario.capacities = capacities(commandLine);
            scenario.strategy = strategy;
            scenario.threads = commandLine.threads;
            scenario.perThread = commandLine.perThread;
            scenario.thinkMs = commandLine.thinkMs;
            scenario.pauseMs = commandLine.pauseMs;
            scenario.seed = commandLine.seed + quint64(run - 1);
            scenario.maxTries = commandLine.maxTries;
            scenario.durationMs = commandLine.durationMs;
            loadTest.start(scenario, run);
            loadTest.waitForFinished();
            const RunResult result = loadTest.lastResult();
            if (commandLine.json)
                printJson(result.toJson());
            else
                printOut(result.report());
            if (termination.received())
                return interrupted();
            if (!result.completed()) {
                printError(result.error);
                return ExitCouldNotRun;
            }
            anyInconsistent = anyInconsistent || !result.consistent();
            totals.add(result);
        }
        summaries.append(totals);
    }
    if (commandLine.json) {
        printJson(summaryJson(summaries));
    } else {
        printOut(u"\n"_s);
        for (const StrategyTotals& totals : summaries)
            printOut(summaryLine(totals) + u'\n');
    }
    return anyInconsistent ? ExitInconsistent : ExitOk;
}

} // namespace

int runHeadless(const CommandLine& commandLine) {
    if (commandLine.listStrategies)
        return listStrategies(commandLine.json);

    const bool loadTest = !commandLine.reset && !commandLine.audit;
    QList<StrategyScript> strategies;
    if (loadTest) {
        for (const QString& idOrFile : commandLine.strategies) {
            QString error;
            const StrategyScript script = resolveStrategy(idOrFile, &error);
            if (script.isNull()) {
                printError(error);
                return ExitUsage;
            }
            strategies.append(script);
        }
    }

    ServerConnection server;
    EmbeddedServer::Options embedded;
    embedded.baseDir = commandLine.serverDir;
    embedded.deadlockTimeoutMs = commandLine.deadlockTimeoutMs;
    server.configure(commandLine.database, embedded, commandLine.schema);
    QString error;
    if (!server.start(&error)) {
        printError(error);
        return ExitCouldNotRun;
    }
    const int exitCode =
        loadTest ? loadTests(commandLine, strategies, server) : resetAndAudit(commandLine, server);
    server.shutdown();
    return exitCode;
}

} // namespace seatsim
