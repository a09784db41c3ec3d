#include "engine/loadtest.h"
#include "server/embeddedserver.h"
#include "support/testsupport.h"
#include "window/mainwindow.h"
#include "window/parameterpanel.h"

#include <QAction>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seatsim;

// Closing the window in the middle of a run: threads joined, connections closed, the private
// server stopped, and none of Qt's warnings about threads or connections torn down wrongly
// (the strict message handler aborts on those).
class TestWindowClose : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        test::installStrictMessageHandler();
    }

    void closingMidRunJoinsEverythingAndStopsThePrivateServer() {
        QTemporaryDir dir;
        StartOptions commandLine;
        commandLine.privateServer.baseDir = test::serverDirIn(dir);
        auto window = std::make_unique<MainWindow>(commandLine);
        window->setInteractive(false);
        window->show();
        QTRY_COMPARE_WITH_TIMEOUT(window->server()->state(), ServerConnection::State::Ready, 60000);
        EmbeddedServer* server = window->server()->embeddedServer();
        QVERIFY(server && server->isRunning());
        const QString dataDir = server->dataDir();

        ParameterPanel* load = window->parameterPanel();
        load->thinkMs()->setValue(load->thinkMs()->maximum()); // workers sit in long sleeps
        window->startAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->loadTest()->snapshot().elapsedMs > 0, 60000);
        QVERIFY(window->isRunning());

        QVERIFY(window->close());
        window.reset();
        QVERIFY(!EmbeddedServer(commandLine.privateServer).isRunning());
        QVERIFY(!QFile::exists(dataDir + u"/postmaster.pid"_s));
    }
};

QTEST_MAIN(TestWindowClose)
#include "tst_windowclose.moc"
