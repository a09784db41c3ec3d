#include "server/connectionsettings.h"
#include "server/seatdatabase.h"
#include "server/embeddedserver.h"
#include "support/testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {

QString tryOpen(const ConnectionSettings& settings) {
    const QString name = uniqueConnectionName(u"tst-connection"_s);
    Error error;
    { QSqlDatabase db = settings.open(name, error); }
    closeConnection(name);
    return error.text();
}

} // namespace

class TestConnection : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<EmbeddedServer> m_tcpServer;
    int m_port = 0;

private Q_SLOTS:
    void initTestCase() {
        test::installStrictMessageHandler();
        // A server reached over TCP with password logins: "any other server".
        EmbeddedServer::Options options;
        options.baseDir = test::serverDirIn(m_dir);
        options.tcpPort = m_port = test::freeTcpPort();
        m_tcpServer = std::make_unique<EmbeddedServer>(options);
        Error error;
        QVERIFY2(m_tcpServer->start(error), qPrintable(error.text()));
        const QString name = uniqueConnectionName(u"tst-admin"_s);
        {
            QSqlDatabase db = m_tcpServer->connectionSettings().open(name, error);
            QVERIFY2(db.isValid(), qPrintable(error.text()));
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE ROLE lecturer LOGIN PASSWORD 'right-one'"_s));
            QVERIFY(query.exec(u"GRANT CREATE ON DATABASE seatsim TO lecturer"_s));
        }
        closeConnection(name);
    }

    void cleanupTestCase() { m_tcpServer.reset(); }

    void uriAndKeyValueStringsAreParsed() {
        Error error;
        const auto uri = ConnectionSettings::fromConnInfo(
            u"postgresql://anna:secret@db.example.org:6543/lecture?sslmode=disable"_s, error);
        QVERIFY2(uri && !error.isSet(), qPrintable(error.text()));
        QCOMPARE(uri->host, u"db.example.org"_s);
        QCOMPARE(uri->port, 6543);
        QCOMPARE(uri->user, u"anna"_s);
        QCOMPARE(uri->password, u"secret"_s);
        QCOMPARE(uri->database, u"lecture"_s);
        QCOMPARE(uri->options.size(), 1);
        QVERIFY(!uri->describe().contains(u"secret"_s));

        const auto keyValue =
            ConnectionSettings::fromConnInfo(u"host=/run/pg dbname=x connect_timeout=3"_s, error);
        QVERIFY2(keyValue && !error.isSet(), qPrintable(error.text()));
        QCOMPARE(keyValue->host, u"/run/pg"_s);
        QCOMPARE(keyValue->connectTimeoutSeconds, 3);
    }

    void badUriGivesClearError() {
        Error error;
        QVERIFY(!ConnectionSettings::fromConnInfo(u"postgresql://[::1/oops"_s, error));
        QVERIFY2(error.text().startsWith(u"Invalid connection string"_s), qPrintable(error.text()));
        QByteArray output, errors;
        QCOMPARE(
            test::runSeatsim({u"--headless"_s, u"--audit"_s, u"--database"_s, u"host=x nonsense"_s},
                             &output, &errors),
            2);
        QVERIFY2(errors.contains("Invalid connection string"), errors.constData());
    }

    void unreachableHostGivesClearError() {
        ConnectionSettings settings;
        settings.host = u"127.0.0.1"_s;
        settings.port = test::freeTcpPort();
        settings.database = u"seatsim"_s;
        settings.user = u"lecturer"_s;
        const QString error = tryOpen(settings);
        QVERIFY2(error.startsWith(u"Could not connect to lecturer@127.0.0.1:"_s),
                 qPrintable(error));
        QVERIFY2(error.contains(u"refused"_s), qPrintable(error));
    }

    void silentServerEndsWithinTheConnectTimeout() {
        // Accepts TCP connections (the kernel's backlog does) but never says a word.
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
        QCOMPARE(::listen(fd, 4), 0);
        socklen_t length = sizeof address;
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);

        ConnectionSettings settings;
        settings.host = u"127.0.0.1"_s;
        settings.port = ntohs(address.sin_port);
        settings.user = u"lecturer"_s;
        settings.connectTimeoutSeconds = 2;
        const QString error = tryOpen(settings);
        ::close(fd);
        QVERIFY2(error.contains(u"timeout"_s, Qt::CaseInsensitive), qPrintable(error));
    }

    void wrongPasswordGivesClearError() {
        Error parseError;
        const auto settings = ConnectionSettings::fromConnInfo(
            u"postgresql://lecturer:wrong-one@127.0.0.1:%1/seatsim"_s.arg(m_port), parseError);
        QVERIFY2(settings && !parseError.isSet(), qPrintable(parseError.text()));
        const QString error = tryOpen(*settings);
        QVERIFY2(error.contains(u"password authentication failed"_s), qPrintable(error));
        QVERIFY2(!error.contains(u"wrong-one"_s), qPrintable(error));
    }

    void namedServerWorksInItsOwnSchema() {
        const QString uri = u"postgresql://lecturer:right-one@127.0.0.1:%1/seatsim"_s.arg(m_port);
        QByteArray output, errors;
        QCOMPARE(test::runSeatsim({u"--headless"_s, u"--reset"_s, u"--audit"_s, u"--json"_s,
                                   u"--database"_s, uri, u"--schema"_s, u"lecture"_s},
                                  &output, &errors),
                 0);
        QVERIFY2(!errors.contains("right-one"), errors.constData());
        const QJsonObject audit = QJsonDocument::fromJson(output).object();
        QCOMPARE(audit[u"capacity"_s].toInt(), 40);

        // libpq's environment variables fill in what the URI leaves out.
        qputenv("PGPASSWORD", "right-one");
        QCOMPARE(
            test::runSeatsim({u"--headless"_s, u"--audit"_s, u"--database"_s,
                              u"host=127.0.0.1 port=%1 user=lecturer dbname=seatsim"_s.arg(m_port),
                              u"--schema"_s, u"lecture"_s},
                             &output, &errors),
            0);
        qunsetenv("PGPASSWORD");
    }
};

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
