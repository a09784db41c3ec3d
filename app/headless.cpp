#include "headless.h"

#include "database.h"
#include "loadtest.h"
#include "serverconnection.h"
#include "strategyscript.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
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
    for (const StrategyScript& builtin : builtinStrategies()) {
        if (builtin.id() == idOrFile)
            return builtin;
    }
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

struct Totals {
    int runs = 0;
    int inconsistentRuns = 0;
    int deadlockRuns = 0;
    int failedRuns = 0;
    RunCounters counters;
    qint64 durationMs = 0;

    void add(const RunResult& result) {
        ++runs;
        if (!result.completed())
            ++failedRuns;
        else if (!result.consistent())
            ++inconsistentRuns;
        if (result.counters.deadlocks > 0)
            ++deadlockRuns;
        counters.attempts += result.counters.attempts;
        counters.reserved += result.counters.reserved;
        counters.rejectedFull += result.counters.rejectedFull;
        counters.failed += result.counters.failed;
        counters.retries += result.counters.retries;
        counters.deadlocks += result.counters.deadlocks;
        counters.serializationFailures += result.counters.serializationFailures;
        counters.unknownOutcomes += result.counters.unknownOutcomes;
        for (auto it = result.counters.errors.cbegin(); it != result.counters.errors.cend(); ++it)
            counters.errors[it.key()] += it.value();
        durationMs += result.durationMs;
    }

    QJsonObject toJson(const QString& strategy) const {
        return {{u"summary"_s, true},
                {u"strategy"_s, strategy},
                {u"runs"_s, runs},
                {u"inconsistent_runs"_s, inconsistentRuns},
                {u"deadlock_runs"_s, deadlockRuns},
                {u"failed_runs"_s, failedRuns},
                {u"attempts"_s, counters.attempts},
                {u"reserved"_s, counters.reserved},
                {u"rejected_full"_s, counters.rejectedFull},
                {u"failed"_s, counters.failed},
                {u"retries"_s, counters.retries},
                {u"deadlocks"_s, counters.deadlocks},
                {u"serialization_failures"_s, counters.serializationFailures},
                {u"unknown_outcomes"_s, counters.unknownOutcomes},
                {u"errors"_s, counters.errorsJson()},
                {u"duration_ms"_s, durationMs},
                {u"attempts_per_s"_s,
                 durationMs > 0 ? qRound(counters.attempts * 10000.0 / durationMs) / 10.0 : 0.0}};
    }

    QString line(const QString& strategy) const {
        return Headless::tr(
                   "%1: %2 of %3 runs inconsistent, %4 with deadlocks; %5 attempts, %6 retries, "
                   "%7 deadlocks, %8 serialization failures, %9 attempts/s")
            .arg(strategy)
            .arg(inconsistentRuns)
            .arg(runs)
            .arg(deadlockRuns)
            .arg(counters.attempts)
            .arg(counters.retries)
            .arg(counters.deadlocks)
            .arg(counters.serializationFailures)
            .arg(durationMs > 0 ? counters.attempts * 1000.0 / durationMs : 0.0, 0, 'f', 1);
    }
};

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
            if (!database.reset(SeatDatabase::exerciseCapacities(), &error)) {
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
    bool anyInconsistent = false;
    QList<std::pair<QString, Totals>> summaries;
    for (const StrategyScript& strategy : strategies) {
        Totals totals;
        for (int run = 1; run <= commandLine.runs; ++run) {
            Scenario scenario;
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
            if (!result.completed()) {
                printError(result.error);
                return ExitCouldNotRun;
            }
            anyInconsistent = anyInconsistent || !result.consistent();
            totals.add(result);
        }
        summaries.append({strategy.id(), totals});
    }
    if (commandLine.json) {
        if (summaries.size() == 1) {
            printJson(summaries.constFirst().second.toJson(summaries.constFirst().first));
        } else {
            QJsonArray rows;
            Totals all;
            for (const auto& [id, totals] : summaries) {
                rows.append(totals.toJson(id));
                all.runs += totals.runs;
                all.inconsistentRuns += totals.inconsistentRuns;
                all.deadlockRuns += totals.deadlockRuns;
            }
            QJsonObject summary{{u"summary"_s, true},
                                {u"runs"_s, all.runs},
                                {u"inconsistent_runs"_s, all.inconsistentRuns},
                                {u"deadlock_runs"_s, all.deadlockRuns},
                                {u"strategies"_s, rows}};
            printJson(summary);
        }
    } else {
        printOut(u"\n"_s);
        for (const auto& [id, totals] : summaries)
            printOut(totals.line(id) + u'\n');
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
