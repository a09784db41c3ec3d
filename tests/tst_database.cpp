#include "server/seatdatabase.h"
#include "support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {

bool exec(QSqlDatabase db, const QString& sql) {
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        qWarning() << sql << query.lastError().text();
        return false;
    }
    return true;
}

QString scalar(QSqlDatabase db, const QString& sql) {
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return u"<error: %1>"_s.arg(query.lastError().text());
    return query.value(0).toString();
}

// md5 over the foreign objects that SeatSim must never touch.
const QString kForeignChecksum =
    u"SELECT md5(coalesce((SELECT string_agg(id || ':' || seats, ',' ORDER BY id) "
    "FROM public.seminar_sessions), '') || '|' || "
    "coalesce((SELECT string_agg(note, ',' ORDER BY note) FROM lookalike.seminar_sessions), "
    "'') || '|' || coalesce(obj_description('lookalike'::regnamespace, 'pg_namespace'), ''))"_s;

} // namespace

class TestDatabase : public QObject {
    Q_OBJECT
    QString m_name;
    QSqlDatabase m_db;

private Q_SLOTS:
    void initTestCase() {
        test::installStrictMessageHandler();
        m_name = uniqueConnectionName(u"tst-database"_s);
        Error error;
        m_db = test::sharedSettings(u"tst_database"_s).open(m_name, error);
        QVERIFY2(m_db.isValid(), qPrintable(error.text()));
    }

    void cleanupTestCase() {
        m_db = QSqlDatabase();
        closeConnection(m_name);
    }

    void resetCreatesTheExercisesSessions() {
        SeatDatabase database(m_db, u"tst_database"_s);
        Error error;
        QVERIFY2(database.reset(SeatDatabase::exerciseCapacities(), error),
                 qPrintable(error.text()));
        QCOMPARE(database.schemaState(error), SeatDatabase::SchemaState::Ours);
        const auto audit = database.audit(error);
        QVERIFY2(audit, qPrintable(error.text()));
        QCOMPARE(audit->sessions.size(), 8);
        QCOMPARE(audit->capacity(), 40);
        QCOMPARE(audit->free(), 40);
        QCOMPARE(audit->occupied(), 0);
        QVERIFY(audit->consistent());
        QCOMPARE(audit->sessions.at(5).capacity, 10);
        QCOMPARE(audit->verdict(), u"consistent: 40 free + 0 occupied = 40"_s);
    }

    void resetAcceptsOtherCapacities() {
        SeatDatabase database(m_db, u"tst_database"_s);
        Error error;
        QVERIFY2(database.reset({2, 7}, error), qPrintable(error.text()));
        const auto audit = database.audit(error);
        QVERIFY2(audit, qPrintable(error.text()));
        QCOMPARE(audit->sessions.size(), 2);
        QCOMPARE(audit->capacity(), 9);
    }

    void auditFindsDriftAndOverbookingInHandCorruptedData() {
        SeatDatabase database(m_db, u"tst_database"_s);
        Error error;
        QVERIFY2(database.reset(SeatDatabase::exerciseCapacities(), error),
                 qPrintable(error.text()));
        // Two registrations in session 6 but only one seat taken: a lost update.
        QVERIFY(exec(m_db, u"UPDATE seminar_sessions SET seats = 9 WHERE id = 6"_s));
        QVERIFY(exec(m_db, u"INSERT INTO seminar_registrations VALUES (1, 6), (2, 6)"_s));
        // Session 8 has 3 seats and 5 registrations, with seats at 0.
        QVERIFY(exec(m_db, u"UPDATE seminar_sessions SET seats = 0 WHERE id = 8"_s));
        QVERIFY(exec(m_db, u"INSERT INTO seminar_registrations "
                           "SELECT g, 8 FROM generate_series(1, 5) g"_s));

        const auto audit = database.audit(error);
        QVERIFY2(audit, qPrintable(error.text()));
        QCOMPARE(audit->free(), 40 - 1 - 3);
        QCOMPARE(audit->occupied(), 7);
        QCOMPARE(audit->drift(), 3);
        QVERIFY(!audit->consistent());
        const QList<SessionAudit> overbooked = audit->overbookedSessions();
        QCOMPARE(overbooked.size(), 1);
        QCOMPARE(overbooked.first().id, 8);
        QCOMPARE(overbooked.first().overbookedBy(), 2);
        QCOMPARE(audit->verdict(),
                 u"36 free + 7 occupied = 43 ≠ 40 — session 6: 9 free + 2 occupied "
                 "= 11 ≠ 10, session 8 overbooked by 2"_s);
        QCOMPARE(audit->inconsistentSessions().size(), 2);
        const QJsonObject json = audit->toJson();
        QCOMPARE(json[u"drift"_s].toInt(), 3);
        QCOMPARE(json[u"consistent"_s].toBool(), false);
    }

    void foreignTablesAndUnmarkedSchemaAreNeverTouched() {
        QVERIFY(exec(m_db, u"DROP TABLE IF EXISTS public.seminar_sessions CASCADE"_s));
        QVERIFY(exec(m_db, u"DROP SCHEMA IF EXISTS lookalike CASCADE"_s));
        QVERIFY(exec(m_db, u"CREATE TABLE public.seminar_sessions (id int, seats int)"_s));
        QVERIFY(exec(m_db, u"INSERT INTO public.seminar_sessions VALUES (1, 99), (2, 98)"_s));
        QVERIFY(exec(m_db, u"CREATE SCHEMA lookalike"_s));
        QVERIFY(exec(m_db, u"COMMENT ON SCHEMA lookalike IS 'someone else''s'"_s));
        QVERIFY(exec(m_db, u"CREATE TABLE lookalike.seminar_sessions (note text)"_s));
        QVERIFY(exec(m_db, u"INSERT INTO lookalike.seminar_sessions VALUES ('precious')"_s));
        const QString before = scalar(m_db, kForeignChecksum);

        Error error;
        SeatDatabase ours(m_db, u"tst_database"_s);
        QVERIFY2(ours.reset(SeatDatabase::exerciseCapacities(), error), qPrintable(error.text()));
        SeatDatabase foreign(m_db, u"lookalike"_s);
        QCOMPARE(foreign.schemaState(error), SeatDatabase::SchemaState::Foreign);
        QVERIFY(!foreign.reset(SeatDatabase::exerciseCapacities(), error));
        QVERIFY2(error.text().contains(u"not created by SeatSim"_s), qPrintable(error.text()));

        QCOMPARE(scalar(m_db, kForeignChecksum), before);
        QCOMPARE(scalar(m_db, u"SELECT count(*) FROM lookalike.seminar_sessions"_s), u"1"_s);
    }

    void headlessResetAndAuditPrintJsonAndExitCodes() {
        const QString serverDir = qEnvironmentVariable("SEATSIM_TEST_SERVER_DIR");
        QByteArray output, errors;
        QCOMPARE(
            test::runSeatsim({u"--headless"_s, u"--reset"_s, u"--audit"_s, u"--json"_s,
                              u"--server-dir"_s, serverDir, u"--schema"_s, u"tst_database_cli"_s},
                             &output, &errors),
            0);
        const QJsonObject audit = QJsonDocument::fromJson(output).object();
        QCOMPARE(audit[u"capacity"_s].toInt(), 40);
        QCOMPARE(audit[u"free"_s].toInt(), 40);
        QCOMPARE(audit[u"consistent"_s].toBool(), true);

        QVERIFY(
            exec(m_db, u"UPDATE tst_database_cli.seminar_sessions SET seats = 0 WHERE id = 1"_s));
        QCOMPARE(test::runSeatsim({u"--headless"_s, u"--audit"_s, u"--server-dir"_s, serverDir,
                                   u"--schema"_s, u"tst_database_cli"_s},
                                  &output),
                 3);
        QVERIFY2(output.contains("36 free + 0 occupied = 36 ≠ 40"), output.constData());

        QCOMPARE(test::runSeatsim({u"--headless"_s, u"--audit"_s, u"--schema"_s, u"Bad-Name"_s},
                                  &output, &errors),
                 2);
        QVERIFY2(errors.contains("not a schema name"), errors.constData());
        QCOMPARE(test::runSeatsim({u"--headless"_s, u"--audit"_s, u"--server-dir"_s, serverDir,
                                   u"--schema"_s, u"lookalike"_s},
                                  &output, &errors),
                 1);
        QVERIFY2(errors.contains("--reset"), errors.constData());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
