#include "support/windowtestsupport.h"

#include "server/serverconnection.h"
#include "settings/language.h"
#include "settings/startoptions.h"
#include "support/testsupport.h"
#include "window/parameterpanel.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

namespace seatsim::test {

void openWindow(std::unique_ptr<MainWindow>& window, const QString& schema, QSize size) {
    StartOptions commandLine;
    commandLine.database = sharedSettings(schema);
    commandLine.schema = schema;
    window = std::make_unique<MainWindow>(commandLine);
    window->setInteractive(false);
    if (size.isValid())
        window->resize(size);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_COMPARE_WITH_TIMEOUT(window->server()->state(), ServerConnection::State::Ready, 60000);
}

void setLoad(MainWindow& window, int threads, int perThread, int thinkMs, int pauseMs, int seed) {
    ParameterPanel* panel = window.parameterPanel();
    panel->threads()->setValue(threads);
    panel->perThread()->setValue(perThread);
    panel->thinkMs()->setValue(thinkMs);
    panel->pauseMs()->setValue(pauseMs);
    panel->seed()->setValue(seed);
}

void saveScreenshot(QWidget* widget, const QString& name) {
    const QString dir = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
    QDir().mkpath(dir);
    const QString path =
        u"%1/%2-%3x%4.png"_s.arg(dir, name).arg(widget->width()).arg(widget->height());
    QVERIFY2(widget->grab().save(path), qPrintable(path));
    qInfo("screenshot: %s", qPrintable(path));
}

GermanCatalogue::GermanCatalogue(const QString& qmFile) {
    installTranslations(u"de"_s);
    m_loaded = m_catalogue.load(qmFile);
    if (m_loaded)
        QCoreApplication::installTranslator(&m_catalogue);
}

GermanCatalogue::~GermanCatalogue() {
    QCoreApplication::removeTranslator(&m_catalogue);
    for (QTranslator* translator : qApp->findChildren<QTranslator*>())
        QCoreApplication::removeTranslator(translator);
    installTranslations(u"en"_s);
}

} // namespace seatsim::test
