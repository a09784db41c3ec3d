#include "support/loadtestfixture.h"

#include "support/testsupport.h"

#include <QTest>

namespace seatsim::test {

LoadTestFixture::LoadTestFixture(QString schema, QString connectionPrefix)
    : m_schema(std::move(schema))
    , m_connectionPrefix(std::move(connectionPrefix)) {
}

void LoadTestFixture::initTestCase() {
    installStrictMessageHandler();
    m_loadTest.setConnection(sharedSettings(m_schema));
    m_connectionName = uniqueConnectionName(m_connectionPrefix);
    Error error;
    m_db = sharedSettings(m_schema).open(m_connectionName, error);
    QVERIFY2(m_db.isValid(), qPrintable(error.text()));
}

void LoadTestFixture::cleanupTestCase() {
    m_db = QSqlDatabase();
    closeConnection(m_connectionName);
}

} // namespace seatsim::test
