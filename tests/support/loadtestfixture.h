#pragma once

#include "engine/loadtest.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace seatsim::test {

// The fixture of the tests that drive a LoadTest on the shared server: the load test in
// `schema`, and a connection of the test's own (m_db) to look at the tables and the server.
// A test class derives from it; QtTest runs its initTestCase() and cleanupTestCase().
class LoadTestFixture : public QObject {
    Q_OBJECT
protected:
    // `connectionPrefix` begins the name of the test's own connection ("tst-loadtest").
    LoadTestFixture(QString schema, QString connectionPrefix);

    LoadTest m_loadTest;
    QSqlDatabase m_db;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

private:
    QString m_schema;
    QString m_connectionPrefix;
    QString m_connectionName;
};

} // namespace seatsim::test
