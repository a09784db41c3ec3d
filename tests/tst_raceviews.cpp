#include "database.h"
#include "eventlogview.h"
#include "lockgraphview.h"
#include "lostupdatesview.h"
#include "mainwindow.h"
#include "parameterpanel.h"
#include "raceviews.h"
#include "stepmodeview.h"
#include "strategypanel.h"
#include "testsupport.h"
#include "timelineview.h"
#include "verdictbanner.h"
#include "windowtestsupport.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {

const QString kSchema = u"tst_raceviews"_s;
constexpr int runTimeoutMs = 120000;
constexpr qint64 us = 1000;
using Status = StepWorkerState::Status;

StrategyScript builtin(const QString& id) {
    for (const StrategyScript& script : builtinStrategies()) {
        if (script.id() == id)
            return script;
    }
    qFatal("no built-in strategy %s", qPrintable(id));
}

int commandOf(const StrategyScript& script, const QString& prefix) {
    const auto& commands = script.commands();
    for (int i = 0; i < int(commands.size()); ++i) {
        const ScriptCommand& command = commands[size_t(i)];
        if (prefix.isEmpty()
                ? command.kind == ScriptCommand::Kind::Sleep
                : command.kind == ScriptCommand::Kind::Sql && command.sql.startsWith(prefix))
            return i;
    }
    return -1;
}

// 100,000 attempts of the naive script by 5 workers: SELECT, think, UPDATE, INSERT.
QList<AttemptRecord> syntheticRun(const StrategyScript& script) {
    const int select = commandOf(script, u"SELECT"_s);
    const int sleep = commandOf(script, QString());
    const int update = commandOf(script, u"UPDATE"_s);
    const int insert = commandOf(script, u"INSERT"_s);
    QList<AttemptRecord> records;
    records.reserve(100'000);
    for (int worker = 1; worker <= 5; ++worker) {
        qint64 now = worker * 37 * us;
        for (int i = 0; i < 20'000; ++i) {
            AttemptRecord record;
            record.sequence = qint64(i) * 5 + worker;
            record.worker = worker;
            record.user = 1 + i % 100;
            record.session = 1 + i % 8;
            record.seatsRead = 5;
            record.tries = 1;
            record.reservedSeats = 1;
            record.outcome = AttemptOutcome::Reserved;
            record.startNs = now;
            for (const auto& [command, duration] : {std::pair{select, 100 * us},
                                                    {sleep, 400 * us},
                                                    {update, 120 * us},
                                                    {insert, 80 * us}}) {
                AttemptStatement statement;
                statement.trace.command = command;
                statement.trace.startNs = now;
                statement.trace.endNs = now + duration;
                record.statements.push_back(statement);
                now += duration + 10 * us;
            }
            record.endNs = now;
            now += 150 * us;
            records.append(record);
        }
    }
    return records;
}

} // namespace

class TestRaceViews : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;
    QString m_name;
    QSqlDatabase m_db;

    std::optional<Audit> audit() { return test::audit(m_db, kSchema); }

    // Steps `worker` through its button, then waits until it settled (held, waiting, done).
    bool clickStep(StepModeView& view, int worker) {
        QPushButton* button = view.stepButton(worker);
        if (!QTest::qWaitFor([&] { return button->isEnabled(); }, 30000))
            return false;
        const int before = view.session()->state(worker).statements;
        QTest::mouseClick(button, Qt::LeftButton);
        return QTest::qWaitFor(
            [&] {
                const StepWorkerState state = view.session()->state(worker);
                return state.status == Status::Waiting || state.status == Status::Finished ||
                       (state.status == Status::Held && state.statements > before);
            },
            30000);
    }

    // Presses Next whenever it is enabled until the session finished.
    bool clickNextUntilFinished(StepModeView& view) {
        QSignalSpy finished(view.session(), &StepSession::finished);
        for (int presses = 0; presses < 50; ++presses) {
            if (!QTest::qWaitFor(
                    [&] { return !finished.isEmpty() || view.nextButton()->isEnabled(); }, 60000))
                return false;
            if (!finished.isEmpty())
                return true;
            QTest::mouseClick(view.nextButton(), Qt::LeftButton);
        }
        for (const StepWorkerState& state : view.session()->states())
            qWarning("worker %d: %s", state.worker, qPrintable(state.describe()));
        return false;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        test::installStrictMessageHandler();
        m_name = uniqueConnectionName(u"tst-raceviews"_s);
        QString error;
        m_db = test::sharedSettings(kSchema).open(m_name, &error);
        QVERIFY2(m_db.isValid(), qPrintable(error));
    }

    void cleanupTestCase() {
        m_window.reset();
        m_db = QSqlDatabase();
        closeConnection(m_name);
    }

    void timelineDrawsAHundredThousandAttemptsWithinTwoSegmentsPerPixel() {
        const StrategyScript naive = builtin(u"naive"_s);
        TimelineModel model;
        model.setScript(naive);
        model.addRecords(syntheticRun(naive));
        QCOMPARE(model.attemptCount(), 100'000);

        TimelinePanel panel;
        Theme theme;
        theme.baseFont = QApplication::font();
        panel.applyTheme(theme);
        panel.setModel(&model);
        panel.resize(1280, 360);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        (void)panel.grab();
        TimelineView* view = panel.view();
        const QList<int> drawn = view->segmentsDrawn();
        QCOMPARE(drawn.size(), 5);
        for (int lane : drawn) {
            QVERIFY(lane > 0);
            QVERIFY2(lane <= 2 * view->plotWidth() + 2,
                     qPrintable(u"%1 segments for %2 pixels"_s.arg(lane).arg(view->plotWidth())));
        }
        test::saveScreenshot(&panel, u"timeline-100000"_s);

        // Zoomed in on one attempt, a click on it selects it and shows its SQL.
        const auto target = model.attempt(50'003);
        QVERIFY(target);
        view->setRange(target->record.startNs - 2'000 * us, target->record.endNs + 2'000 * us);
        const QPoint point = view->pointOf(50'003);
        QVERIFY(!point.isNull());
        QTest::mouseClick(view, Qt::LeftButton, {}, point);
        QCOMPARE(view->selected(), qint64(50'003));
        const QString details = panel.details()->toPlainText();
        QVERIFY2(details.contains(u"UPDATE seminar_sessions"_s), qPrintable(details));
        QVERIFY2(details.contains(u"read 5 free seats"_s), qPrintable(details));
        (void)panel.grab();
        for (int lane : view->segmentsDrawn())
            QVERIFY(lane <= 2 * view->plotWidth() + 2);
        test::saveScreenshot(&panel, u"timeline-selected"_s);
    }

    void naiveRunFindsLostUpdatesThatExplainTheVerdictsDrift() {
        test::openWindow(m_window, kSchema, QSize(1280, 720));
        QVERIFY(m_window->strategyPanel()->selectId(u"naive"_s));
        test::setLoad(*m_window, 5, 20, 5, 0);
        RaceViews* race = m_window->raceViews();
        QVERIFY(race);
        race->setCurrentWidget(race->timeline());

        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        QTest::mouseClick(m_window->findChild<QToolButton*>(u"startButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(runTimeoutMs));
        const RunResult result = finished.first().first().value<RunResult>();
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(result.audit);
        QVERIFY2(result.audit->drift() != 0, qPrintable(result.audit->verdict()));
        QCOMPARE(m_window->verdictBanner()->state(), VerdictBanner::State::Inconsistent);

        QCOMPARE(race->timelineModel().attemptCount(), qsizetype(result.counters.attempts));
        const LostUpdateAnalysis& analysis = race->lostUpdates()->analysis();
        QCOMPARE(analysis.drift(), result.audit->drift());
        QVERIFY2(analysis.explainsDrift(), qPrintable(analysis.summary));
        QCOMPARE(analysis.found(), result.audit->drift());
        QCOMPARE(race->lostUpdates()->summary()->text(), analysis.summary);
        QCOMPARE(race->lostUpdates()->list()->count(), analysis.lostUpdates.size());
        QVERIFY(race->lostUpdates()->list()->count() > 0);
        test::saveScreenshot(m_window.get(), u"window-timeline"_s);

        race->setCurrentWidget(race->lostUpdates());
        test::saveScreenshot(m_window.get(), u"window-lostupdates"_s);
        m_window->resize(1920, 1080);
        QCoreApplication::processEvents();
        test::saveScreenshot(m_window.get(), u"window-lostupdates"_s);

        // Selecting a lost update shows both of its attempts in the timeline.
        const LostUpdate first = analysis.lostUpdates.first();
        race->lostUpdates()->list()->setCurrentRow(0);
        QCOMPARE(race->currentWidget(), race->timeline());
        TimelineView* timeline = race->timeline()->view();
        QCOMPARE(timeline->highlighted(), first.sequences);
        for (qint64 sequence : first.sequences)
            QVERIFY2(!timeline->pointOf(sequence).isNull(), qPrintable(QString::number(sequence)));
        test::saveScreenshot(m_window.get(), u"window-timeline-lostupdate"_s);
        m_window->resize(1280, 720);
        QCoreApplication::processEvents();
        test::saveScreenshot(m_window.get(), u"window-timeline-lostupdate"_s);

        m_window->setProjectorMode(true);
        m_window->showNormal();
        m_window->resize(1280, 720);
        QCoreApplication::processEvents();
        test::saveScreenshot(m_window.get(), u"window-projector-timeline"_s);
        m_window->setProjectorMode(false);
    }

    void forShareRunShowsTheDeadlockCycleAndMarksItsVictims() {
        QVERIFY(m_window);
        QVERIFY(m_window->strategyPanel()->selectId(u"for-share"_s));
        test::setLoad(*m_window, 5, 20, 5, 0);
        m_window->parameterPanel()->maxTries()->setValue(1);
        RaceViews* race = m_window->raceViews();
        race->setCurrentWidget(race->lockGraph());
        m_window->showNormal();
        m_window->resize(1280, 720);

        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        QTest::mouseClick(m_window->findChild<QToolButton*>(u"startButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(runTimeoutMs));
        const RunResult result = finished.first().first().value<RunResult>();
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(result.counters.deadlocks > 0);

        QCOMPARE(race->victims().size(), qsizetype(result.counters.deadlocks));
        QCOMPARE(race->timeline()->view()->victims(), race->victims());
        const WaitCycle cycle = race->lockGraph()->deadlockCycle();
        QVERIFY(cycle.workers.size() >= 2);
        QVERIFY(!cycle.workers.contains(0));
        QVERIFY(race->lockGraph()->deadlockCaption()->isVisibleTo(race->lockGraph()));
        QVERIFY(race->lockGraph()->deadlockCaption()->text().contains(cycle.describe()));
        test::saveScreenshot(m_window.get(), u"window-locks"_s);
        race->setCurrentWidget(race->timeline());
        test::saveScreenshot(m_window.get(), u"window-timeline-deadlocks"_s);
        m_window->parameterPanel()->maxTries()->setValue(10);
    }

    void lockGraphShowsAWaitTheTestCreates() {
        StepModeView view;
        view.setConnection(test::sharedSettings(kSchema));
        const int index =
            view.strategyBox()->findText(builtin(u"for-update"_s).title(strategyLanguage()));
        QVERIFY(index >= 0);
        view.strategyBox()->setCurrentIndex(index);
        view.workersBox()->setValue(2);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy started(view.session(), &StepSession::started);
        QTest::mouseClick(view.startButton(), Qt::LeftButton);
        QVERIFY(started.wait(30000));

        // Worker 1 takes the row lock with SELECT ... FOR UPDATE; worker 2's waits for it.
        for (int i = 0; i < 10 && !view.session()->state(1).sql.startsWith(u"UPDATE"_s); ++i)
            QVERIFY(clickStep(view, 1));
        QVERIFY(view.session()->state(1).sql.startsWith(u"UPDATE"_s));
        for (int i = 0; i < 10 && view.session()->state(2).status != Status::Waiting; ++i)
            QVERIFY(clickStep(view, 2));
        QCOMPARE(view.session()->state(2).status, Status::Waiting);
        QTRY_VERIFY_WITH_TIMEOUT(view.lockGraph()->current().hasEdge(2, 1), 30000);
        QVERIFY(view.statusLabel(2)->text().contains(u"WAITING"_s));
        QVERIFY(view.statusLabel(2)->text().contains(u"worker 1"_s));
        QVERIFY(!view.stepButton(2)->isEnabled());
        view.resize(1280, 720);
        QCoreApplication::processEvents();
        test::saveScreenshot(&view, u"stepmode-waiting"_s);

        // Once worker 1 commits, worker 2 goes on.
        while (view.session()->state(1).status != Status::Finished)
            QVERIFY(clickStep(view, 1));
        QTRY_COMPARE_WITH_TIMEOUT(view.session()->state(2).status, Status::Held, 30000);
        QVERIFY(!view.lockGraph()->current().hasEdge(2, 1));
        QVERIFY(view.lockGraph()->sawEdge(2, 1));
        QSignalSpy finished(view.session(), &StepSession::finished);
        QTest::mouseClick(view.playButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        const auto after = audit();
        QVERIFY(after && after->consistent());
    }

    void lostUpdatePresetLosesExactlyOneUpdateThroughTheButtons() {
        StepModeView view;
        view.setConnection(test::sharedSettings(kSchema));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy started(view.session(), &StepSession::started);
        QTest::mouseClick(view.lostUpdateButton(), Qt::LeftButton);
        QVERIFY(started.wait(30000));
        QVERIFY(clickNextUntilFinished(view));
        QVERIFY2(view.session()->error().isEmpty(), qPrintable(view.session()->error()));
        QCOMPARE(view.lostUpdates(), 1);
        QVERIFY(view.deadlockVictims().isEmpty());
        QVERIFY2(view.outcomeLabel()->text().contains(
                     u"Worker 1 and worker 2 both read 5 seats in session 1"_s),
                 qPrintable(view.outcomeLabel()->text()));
        const auto after = audit();
        QVERIFY(after);
        QCOMPARE(after->drift(), 1);
        QCOMPARE(after->occupied(), 2);
        view.resize(1280, 720);
        QCoreApplication::processEvents();
        test::saveScreenshot(&view, u"stepmode-lostupdate"_s);
    }

    void deadlockPresetHasExactlyOneVictimThroughTheButtons() {
        StepModeView view;
        view.setConnection(test::sharedSettings(kSchema));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy started(view.session(), &StepSession::started);
        QTest::mouseClick(view.deadlockButton(), Qt::LeftButton);
        QVERIFY(started.wait(30000));
        QVERIFY(clickNextUntilFinished(view));
        QVERIFY2(view.session()->error().isEmpty(), qPrintable(view.session()->error()));
        QCOMPARE(view.deadlockVictims().size(), 1);
        QCOMPARE(view.lostUpdates(), 0);
        const WaitCycle cycle = view.lockGraph()->deadlockCycle();
        QCOMPARE(cycle.workers.size(), 2);
        QVERIFY(cycle.workers.contains(1) && cycle.workers.contains(2));
        const int victim = view.deadlockVictims().first();
        QVERIFY(view.statusLabel(victim)->text().contains(u"40P01"_s));
        const auto after = audit();
        QVERIFY(after && after->consistent());
        QCOMPARE(after->occupied(), 1);
        for (QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
            view.resize(size);
            QCoreApplication::processEvents();
            test::saveScreenshot(&view, u"stepmode-deadlock"_s);
        }
        Theme projector;
        projector.baseFont = QApplication::font();
        projector.projector = true;
        view.applyTheme(projector);
        view.resize(1280, 720);
        QCoreApplication::processEvents();
        test::saveScreenshot(&view, u"stepmode-deadlock-projector"_s);
    }
};

QTEST_MAIN(TestRaceViews)
#include "tst_raceviews.moc"
