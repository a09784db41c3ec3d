#include "headless.h"

#include "database.h"
#include "serverconnection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Headless", text); }

void printError(const QString& message) {
    fprintf(stderr, "seatsim: %s\n", qPrintable(message));
    fflush(stderr);
}

void printOut(const QString& text) {
    fputs(text.toUtf8().constData(), stdout);
    fflush(stdout);
}

} // namespace

int runHeadless(const CommandLine& commandLine) {
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

    int exitCode = ExitOk;
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
                printOut(tr("Reset the tables in schema %1 on %2.")
                             .arg(commandLine.schema, server.describe()) +
                         u'\n');
            }
        }
        if (exitCode == ExitOk && commandLine.audit) {
            if (database.schemaState(&error) != SeatDatabase::SchemaState::Ours) {
                printError(tr("There is no SeatSim schema \"%1\" on %2 yet. Create it with "
                              "--reset.")
                               .arg(commandLine.schema, server.describe()));
                exitCode = ExitCouldNotRun;
            } else if (const auto audit = database.audit(&error)) {
                printOut(commandLine.json
                             ? QString::fromUtf8(
                                   QJsonDocument(audit->toJson()).toJson(QJsonDocument::Compact)) +
                                   u'\n'
                             : audit->report());
                if (!audit->consistent())
                    exitCode = ExitInconsistent;
            } else {
                printError(tr("The audit failed: %1").arg(error));
                exitCode = ExitCouldNotRun;
            }
        }
    }
    closeConnection(connectionName);
    server.shutdown();
    return exitCode;
}

} // namespace seatsim
