#include "engine/loadtest.h"
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
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace seatsim;

// A lecturer picks a strategy and presses Start once: the room must see its lesson. The window
// runs the load its parameter panel shows, the window's defaults with the strategy's
// demonstration load applied; these tests run exactly that load on ten seeds.
class TestLessons : public QObject {
    Q_OBJECT

    static constexpr int seeds = 10;

    // The scenario the window's Start runs for `script` with nothing changed by the user.
    static Scenario firstStartOf(const StrategyScript& script) {
        ParameterPanel panel;
        panel.setDemoLoad(script.demoLoad());
        Scenario scenario = ParameterPanel::defaults();
        panel.fill(&scenario);
        scenario.strategy = script;
        return scenario;
    }

private Q_SLOTS:
    void initTestCase() { test::installStrictMessageHandler(); }

    void everyStrategyShowsItsLessonOnTheFirstStart_data() {
        QTest::addColumn<QString>("id");
        for (const QString& id : builtinStrategyIds())
            QTest::newRow(qPrintable(id)) << id;
    }

    // Ten seeds at once, each in its own schema: the runs mostly sleep (think time and pause),
    // so running them side by side costs about one run's time.
    void everyStrategyShowsItsLessonOnTheFirstStart() {
        QFETCH(QString, id);
        const Scenario first = firstStartOf(builtinStrategy(id));
        const test::Lesson lesson = test::lessonOf(id);

        std::vector<std::unique_ptr<LoadTest>> runs;
        std::vector<std::unique_ptr<QSignalSpy>> finished;
        for (int seed = 1; seed <= seeds; ++seed) {
            auto run = std::make_unique<LoadTest>();
            run->setConnection(test::sharedSettings(u"tst_lessons_%1"_s.arg(seed)));
            finished.push_back(std::make_unique<QSignalSpy>(run.get(), &LoadTest::finished));
            Scenario scenario = first;
            scenario.seed = quint64(seed);
            QVERIFY(run->start(scenario));
            runs.push_back(std::move(run));
        }
        QStringList verdicts;
        int taught = 0;
        for (int i = 0; i < seeds; ++i) {
            QVERIFY(finished[i]->count() > 0 || finished[i]->wait(300000));
            const RunResult result = runs[i]->lastResult();
            QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
            taught += lesson.taughtBy(result.verdict) ? 1 : 0;
            verdicts << u"seed %1: %2"_s.arg(i + 1).arg(result.verdict.headline());
        }
        const QString load = u"%1 × %2, think %3 ms, pause %4 ms"_s.arg(first.threads)
                                 .arg(first.perThread)
                                 .arg(first.thinkMs)
                                 .arg(first.pauseMs);
        qInfo("%s at %s: %d of %d seeds teach the lesson", qPrintable(id), qPrintable(load), taught,
              seeds);
        QVERIFY2(taught >= 9, qPrintable(verdicts.join(u"\n"_s)));
    }

    // The panel shows the demonstration load when the strategy is picked; what the user
    // changed stays theirs, and Reset brings the demonstration load back.
    void pickingAStrategyAppliesItsDemoLoadButKeepsTheUsersValues() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        std::unique_ptr<MainWindow> opened;
        test::openWindow(opened, u"tst_lessons_window"_s);
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

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"
