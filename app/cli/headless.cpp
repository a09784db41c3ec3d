#include "cli/headless.h"

#include "cli/boardcommand.h"
#include "common/terminationsignals.h"
#include "engine/loadtest.h"
#include "engine/strategytotals.h"
#include "python/pythonanswer.h"
#include "results/jsonlines.h"
#include "results/runhistory.h"
#include "script/strategyscript.h"
#include "server/seatdatabase.h"
#include "server/serverconnection.h"
#include "settings/language.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
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
    printOut(jsonlines::line(object));
}

// What --strategy names: a script, or a student's Python answer that runs in its place.
struct Answer {
    StrategyScript script;
    PythonAnswer python;
};

// A built-in id, or else a path to a script file or a Python answer (.py, .ipynb).
Answer resolveStrategy(const QString& idOrFile, Error& error) {
    if (const StrategyScript builtin = builtinStrategy(idOrFile); !builtin.isNull())
        return {builtin, {}};
    if (!QFileInfo::exists(idOrFile)) {
        error.message =
            Headless::tr("Unknown strategy \"%1\": it is neither a built-in id (%2) nor a file.")
                .arg(idOrFile, builtinStrategyIds().join(u", "_s));
        return {};
    }
    if (PythonAnswer::isPythonFile(idOrFile)) {
        const PythonAnswer python = PythonAnswer::load(idOrFile, error);
        return {python.placeholder(), python};
    }
    return {StrategyScript::load(idOrFile, standardProvidedVariables(), error), {}};
}

int listStrategies(Exercise exercise, bool json) {
    const QString lang = currentLanguage();
    for (const StrategyScript& script : builtinStrategies(exercise)) {
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

// The verdict of a strategy's runs: correct, inconsistent in n runs, or not correct and why.
QString verdictInWords(const StrategyTotals& totals) {
    switch (totals.verdict.kind) {
    case Verdict::Kind::NotCorrect:
        return totals.verdict.headline();
    case Verdict::Kind::Unjudged:
    case Verdict::Kind::Correct:
    case Verdict::Kind::Inconsistent:
        break;
    }
    return Verdict::word(totals.verdict.kind);
}

int exitCodeOf(const Verdict& verdict) {
    switch (verdict.kind) {
    case Verdict::Kind::Correct:
        return ExitOk;
    case Verdict::Kind::Inconsistent:
        return ExitInconsistent;
    case Verdict::Kind::NotCorrect:
        return ExitNotCorrect;
    case Verdict::Kind::Unjudged:
        break;
    }
    return ExitCouldNotRun;
}

QString summaryLine(const StrategyTotals& totals) {
    return Headless::tr("%1: %2 — %3 of %4 runs inconsistent, %5 with deadlocks; %6 attempts, "
                        "%7 retries, %8 deadlocks, %9 serialization failures, %10 attempts/s")
        .arg(totals.id)
        .arg(verdictInWords(totals))
        .arg(totals.inconsistentRuns)
        .arg(totals.runs)
        .arg(totals.deadlockRuns)
        .arg(totals.counters.attempts)
        .arg(totals.counters.retries)
        .arg(totals.counters.deadlocks)
        .arg(totals.counters.serializationFailures)
        .arg(QLocale().toString(totals.attemptsPerSecond(), 'f', 1));
}

int resetAndAudit(const CommandLine& commandLine, const ServerConnection& server) {
    int exitCode = ExitOk;
    Error error;
    const QString connectionName = uniqueConnectionName(u"seatsim-headless"_s);
    {
        QSqlDatabase db = server.settings().open(connectionName, error);
        if (!db.isValid()) {
            printError(error.text());
            return ExitCouldNotRun;
        }
        SeatDatabase database(db, commandLine.schema);
        if (commandLine.reset) {
            if (!database.reset(commandLine.load.capacities, error)) {
                printError(error.text());
                exitCode = ExitCouldNotRun;
            } else if (!commandLine.json) {
                printOut(Headless::tr("Reset the tables in schema %1 on %2.")
                             .arg(commandLine.schema, server.describe()) +
                         u'\n');
            }
        }
        if (exitCode == ExitOk && commandLine.audit) {
            if (database.schemaState(error) != SeatDatabase::SchemaState::Ours) {
                printError(
                    Headless::tr("There is no SeatSim schema \"%1\" on %2 yet. Create it with "
                                 "--reset.")
                        .arg(commandLine.schema, server.describe()));
                exitCode = ExitCouldNotRun;
            } else if (const auto audit =
                           database.audit(error, seatLimitOf(commandLine.load.exercise))) {
                if (commandLine.json)
                    printJson(audit->toJson());
                else
                    printOut(audit->report());
                if (!audit->consistent())
                    exitCode = ExitInconsistent;
            } else {
                printError(Headless::tr("The audit failed: %1").arg(error.text()));
                exitCode = ExitCouldNotRun;
            }
        }
    }
    closeConnection(connectionName);
    return exitCode;
}

int loadTests(const CommandLine& commandLine, const QList<Answer>& strategies,
              const ServerConnection& server, const ReportHook& writeReport,
              const TerminationSignals& termination) {
    LoadTest loadTest;
    loadTest.setConnection(server.settings());
    loadTest.setRunRecorder(runHistoryRecorder());
    QList<RecordedRun> recorded; // for --report: every run with the snapshots its charts draw
    QList<Snapshot> snapshots;
    if (!commandLine.reportPath.isEmpty())
        QObject::connect(&loadTest, &LoadTest::snapshotReady, &loadTest,
                         [&snapshots](const Snapshot& snapshot) {
                             if (snapshot.monitor.audit)
                                 snapshots.append(snapshot);
                         });
    // Ctrl+C or kill: the run stops, and the program ends after reporting it.
    QObject::connect(&termination, &TerminationSignals::terminationRequested, &loadTest,
                     &LoadTest::stop);
    // A worker that waits on a session outside the run: the lecturer learns whom to stop.
    QList<int> namedBlockers;
    QObject::connect(&loadTest, &LoadTest::snapshotReady, &loadTest,
                     [&namedBlockers](const Snapshot& snapshot) {
                         for (const OutsideSession& session : snapshot.monitor.outsideBlockers) {
                             if (session.waitedMs >= outsideWaitNoticeMs &&
                                 !namedBlockers.contains(session.pid)) {
                                 namedBlockers.append(session.pid);
                                 printError(session.warning());
                             }
                         }
                     });
    const auto interrupted = [&termination] {
        printError(Headless::tr("Interrupted (signal %1): the run was stopped and nothing more "
                                "runs.")
                       .arg(termination.received()));
        return ExitCouldNotRun;
    };
    Verdict overall; // of every run of every strategy
    QList<StrategyTotals> summaries;
    for (const Answer& strategy : strategies) {
        StrategyTotals totals;
        totals.id = strategy.script.id();
        for (int run = 1; run <= commandLine.runs; ++run) {
            if (termination.received()) // between two runs
                return interrupted();
            Scenario scenario = commandLine.load;
            scenario.strategy = strategy.script;
            scenario.python = strategy.python;
            scenario.seed = commandLine.load.seed + quint64(run - 1);
            snapshots.clear();
            loadTest.start(scenario, run);
            loadTest.waitForFinished();
            const RunResult result = loadTest.lastResult();
            if (!commandLine.reportPath.isEmpty())
                recorded.append({result, snapshots});
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
            if (const QString why = result.verdict.unjudgedReason(); !why.isEmpty()) {
                printError(why); // cut before anything could be judged: could not run
                return ExitCouldNotRun;
            }
            overall.add(result.verdict);
            totals.add(result);
        }
        summaries.append(totals);
    }
    if (commandLine.json) {
        printJson(jsonlines::summary(summaries));
    } else {
        printOut(u"\n"_s);
        for (const StrategyTotals& totals : summaries)
            printOut(summaryLine(totals) + u'\n');
    }
    if (!commandLine.reportPath.isEmpty()) {
        Error error;
        if (!writeReport ||
            !writeReport(recorded, server.describe(), commandLine.reportPath, error)) {
            printError(error.isSet()
                           ? error.text()
                           : Headless::tr("Could not write %1").arg(commandLine.reportPath));
            return ExitCouldNotRun;
        }
        if (!commandLine.json)
            printOut(Headless::tr("Wrote the report to %1.").arg(commandLine.reportPath) + u'\n');
    }
    return exitCodeOf(overall);
}

} // namespace

int runHeadless(const CommandLine& commandLine, const ReportHook& writeReport) {
    if (commandLine.listStrategies)
        return listStrategies(commandLine.load.exercise, commandLine.json);

    const bool loadTest = !commandLine.reset && !commandLine.audit && !commandLine.board;
    QList<Answer> strategies;
    if (loadTest) {
        for (const QString& idOrFile : commandLine.strategies) {
            Error error;
            const Answer script = resolveStrategy(idOrFile, error);
            if (script.script.isNull()) {
                printError(error.text());
                return ExitUsage;
            }
            strategies.append(script);
        }
    }

    // From before the server starts: a signal at any time ends the program in order, with the
    // server it started stopped.
    TerminationSignals termination;
    ServerConnection server;
    commandLine.configure(server);
    Error error;
    if (!server.start(error)) {
        printError(error.text());
        return ExitCouldNotRun;
    }
    const int exitCode =
        commandLine.board ? printClassBoard(server.settings(), commandLine.json)
        : loadTest        ? loadTests(commandLine, strategies, server, writeReport, termination)
                          : resetAndAudit(commandLine, server);
    server.shutdown();
    return exitCode;
}

} // namespace seatsim
