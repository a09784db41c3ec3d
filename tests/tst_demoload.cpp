#include "script/strategyscript.h"
#include "support/testsupport.h"
#include "support/windowtestsupport.h"
#include "window/mainwindow.h"
#include "window/parameterpanel.h"
#include "window/strategypanel.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace seatsim;

// A strategy's demonstration load (its `-- demo:` header line) in the parameter panel: applied
// when the strategy is picked, without taking what the user set.
class TestDemoLoad : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::installStrictMessageHandler(); }

    // The panel shows the demonstration load when the strategy is picked; what the user
    // changed stays theirs, and Reset brings the demonstration load back.
    void pickingAStrategyAppliesItsDemoLoadButKeepsTheUsersValues() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        std::unique_ptr<MainWindow> opened;
        test::openWindow(opened, u"tst_demoload_window"_s);
        MainWindow& window = *opened;
        ParameterPanel* panel = window.parameterPanel();
        const Scenario defaults = ParameterPanel::defaults();
        const DemoLoad demo = builtinStrategy(u"multi-unordered"_s).demoLoad();
        QVERIFY(demo.thinkMs && demo.pauseMs);
        QVERIFY(*demo.thinkMs != defaults.thinkMs);

        QVERIFY(window.strategyPanel()->selectId(u"naive"_s));
        QCOMPARE(panel->thinkMs()->value(), defaults.thinkMs);
        QVERIFY(window.strategyPanel()->selectId(u"multi-unordered"_s));
        QCOMPARE(panel->thinkMs()->value(), *demo.thinkMs);
        QCOMPARE(panel->pauseMs()->value(), *demo.pauseMs);
        QCOMPARE(panel->threads()->value(), defaults.threads);
        auto* estimate = panel->findChild<QLabel*>(u"runEstimate"_s);
        QVERIFY(estimate);
        QVERIFY2(estimate->text().contains(u"demonstration load"_s), qPrintable(estimate->text()));

        panel->pauseMs()->setValue(40); // the lecturer's own tempo
        QVERIFY(window.strategyPanel()->selectId(u"naive"_s));
        QCOMPARE(panel->thinkMs()->value(), defaults.thinkMs);
        QCOMPARE(panel->pauseMs()->value(), 40);
        QVERIFY(!estimate->text().contains(u"demonstration load"_s));
        QVERIFY(window.strategyPanel()->selectId(u"multi-unordered"_s));
        QCOMPARE(panel->thinkMs()->value(), *demo.thinkMs);
        QCOMPARE(panel->pauseMs()->value(), 40);

        auto* reset = panel->findChild<QPushButton*>(u"resetLoad"_s);
        QVERIFY(reset && reset->isEnabled());
        reset->click();
        QCOMPARE(panel->pauseMs()->value(), *demo.pauseMs);
        QVERIFY(!reset->isEnabled());
    }

    // A scenario restored from the settings keeps what differs from the demonstration load.
    void restoredValuesThatDifferFromTheDemoLoadStayTheUsers() {
        ParameterPanel panel;
        Scenario restored = ParameterPanel::defaults();
        restored.threads = 7;
        panel.setScenario(restored);
        panel.setDemoLoad(builtinStrategy(u"multi-unordered"_s).demoLoad());
        QCOMPARE(panel.threads()->value(), 7);
        QCOMPARE(panel.thinkMs()->value(),
                 *builtinStrategy(u"multi-unordered"_s).demoLoad().thinkMs);
    }

    void aDemoLineThatIsNotUnderstoodIsAnErrorWithItsLine() {
        Error error;
        const StrategyScript script = StrategyScript::parse(
            u"-- title: mine\n-- demo: think 150 ms, pause fast\n\nSELECT 1;\n"_s, u"mine.sql"_s,
            standardProvidedVariables(), error);
        QVERIFY(script.isNull());
        QCOMPARE(error.line, 2);
        QVERIFY2(error.message.contains(u"pause fast"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"think N ms"_s), qPrintable(error.message));

        const StrategyScript fine = StrategyScript::parse(
            u"-- title: mine\n-- demo: threads 8, per-thread 5, think 60 ms\n\nSELECT 1;\n"_s,
            u"mine.sql"_s, standardProvidedVariables(), error);
        QVERIFY(!fine.isNull());
        QCOMPARE(fine.demoLoad().threads, std::optional<int>(8));
        QCOMPARE(fine.demoLoad().perThread, std::optional<int>(5));
        QCOMPARE(fine.demoLoad().thinkMs, std::optional<int>(60));
        QVERIFY(!fine.demoLoad().pauseMs);
    }
};

QTEST_MAIN(TestDemoLoad)
#include "tst_demoload.moc"
