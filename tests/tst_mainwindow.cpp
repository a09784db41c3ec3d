#include "live/eventlogmodel.h"
#include "live/eventlogview.h"
#include "live/seatschart.h"
#include "live/seriesbuffer.h"
#include "live/sessionchart.h"
#include "live/sqlview.h"
#include "live/studentchart.h"
#include "race/lostupdatesview.h"
#include "race/raceviews.h"
#include "race/writeskewview.h"
#include "support/testsupport.h"
#include "support/windowtestsupport.h"
#include "window/countertiles.h"
#include "window/exercisechoice.h"
#include "window/mainwindow.h"
#include "window/parameterpanel.h"
#include "window/strategypanel.h"
#include "window/verdictbanner.h"

#include <QAbstractAxis>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {
constexpr int runTimeoutMs = 120000;
const QString schema = u"tst_mainwindow"_s;
} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;

    QToolButton* button(const QString& name) const {
        return m_window->findChild<QToolButton*>(name);
    }

    // Clicks Start and waits until the window has shown the result.
    RunResult runToEnd() {
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        QToolButton* start = button(u"startButton"_s);
        if (!start || !start->isEnabled()) {
            qWarning("Start is not available");
            return {};
        }
        QTest::mouseClick(start, Qt::LeftButton);
        if (!m_window->isRunning())
            qWarning("the click on Start did not start a run");
        if (!QTest::qWaitFor([&] { return finished.count() > 0; }, runTimeoutMs))
            qWarning("the run did not finish");
        return finished.isEmpty() ? RunResult() : finished.first().first().value<RunResult>();
    }

    void saveScreenshot(const QString& name, QSize size) {
        m_window->resize(size);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(m_window->size(), size);
        test::saveScreenshot(m_window.get(), name);
        const QList<QChartView*> charts{m_window->seatsChart(), m_window->sessionChart()};
        for (QChartView* view : charts) {
            for (QAbstractAxis* axis : view->chart()->axes())
                QVERIFY2(!axis->labelsTruncated(),
                         qPrintable(u"%1: %2 labels truncated"_s.arg(name, view->objectName())));
        }
    }

private Q_SLOTS:
    void initTestCase() {
        // The window restores and saves settings: never the user's.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        test::installStrictMessageHandler();
        test::openWindow(m_window, schema);
        QVERIFY(m_window->startAction()->isEnabled());
    }

    void cleanupTestCase() { m_window.reset(); }

    // The window's choice of exercise: the catalogue, the rule, the tries and the charts follow
    // it, every view of the run before is cleared, and the next launch keeps the choice.
    void theExerciseChoiceChangesCatalogueRuleAndViews() {
        test::setLoad(*m_window, 8, 12, 20, 0);
        const RunResult seats = runToEnd();
        QVERIFY2(seats.completed(), qPrintable(seats.error));
        QCOMPARE(seats.scenario.exercise, Exercise::Seats);
        QVERIFY(m_window->studentChart()->isHidden());

        QComboBox* combo = m_window->exerciseChoice()->combo();
        QSignalSpy changed(m_window.get(), &MainWindow::exerciseChanged);
        combo->setCurrentIndex(combo->findData(u"two-seats"_s));
        Q_EMIT combo->activated(combo->currentIndex());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_window->exercise(), Exercise::TwoSeats);
        QCOMPARE(QSettings().value(u"exercise"_s).toString(), u"two-seats"_s);
        QStringList ids;
        for (const StrategyScript& script : m_window->strategyPanel()->strategies())
            ids << script.id();
        QCOMPARE(ids, builtinStrategyIds(Exercise::TwoSeats));
        QCOMPARE(m_window->strategyPanel()->current().id(), u"check-then-book"_s);
        QVERIFY(m_window->exerciseChoice()->combo()->toolTip().contains(u"2 seats"_s));
        QCOMPARE(m_window->parameterPanel()->maxTries()->value(), maxTriesOf(Exercise::TwoSeats));
        // the seat exercise's run is gone from every view
        QCOMPARE(m_window->verdictBanner()->state(), VerdictBanner::State::Neutral);
        QVERIFY2(m_window->verdictBanner()->headline().contains(u"Ready"_s),
                 qPrintable(m_window->verdictBanner()->headline()));
        QCOMPARE(m_window->sessionChart()->occupiedSet()->sum(), 0.0);
        QVERIFY(m_window->studentChart()->isVisible());
        QVERIFY(m_window->studentChart()->overLimit().isEmpty());
        QTabWidget* tabs = m_window->raceViews();
        QVERIFY(tabs->isTabVisible(tabs->indexOf(m_window->raceViews()->writeSkew())));
        QVERIFY(!tabs->isTabVisible(tabs->indexOf(m_window->raceViews()->lostUpdates())));

        // check-then-book at its demo load: the chart marks in words the students the table
        // shows over the limit, and the write-skew tab pairs their bookings
        const RunResult run = runToEnd();
        QVERIFY2(run.completed(), qPrintable(run.error));
        QCOMPARE(run.scenario.exercise, Exercise::TwoSeats);
        QList<int> over;
        for (const StudentOverLimit& student : run.verdict.studentsOverLimit)
            over << student.user;
        QCOMPARE(m_window->studentChart()->overLimit(), over);
        if (!over.isEmpty()) {
            QVERIFY(m_window->studentChart()->overSet()->label().contains(u"✗"_s));
            QVERIFY(!m_window->raceViews()->writeSkew()->analysis().pairs.isEmpty());
        }

        combo->setCurrentIndex(combo->findData(u"seats"_s));
        Q_EMIT combo->activated(combo->currentIndex());
        QCOMPARE(m_window->exercise(), Exercise::Seats);
        QCOMPARE(m_window->strategyPanel()->strategies().size(),
                 builtinStrategyIds(Exercise::Seats).size());
        QVERIFY(m_window->studentChart()->isHidden());
        QCOMPARE(m_window->verdictBanner()->state(), VerdictBanner::State::Neutral);
    }

    void init() {
        if (m_window->isProjectorMode())
            m_window->setProjectorMode(false);
        m_window->showNormal();
        m_window->resize(1280, 720);
    }

    void naiveStrategyShowsARedVerdictNamingTheDrift() {
        // 10 workers × 20 with a 5 ms race window lose updates in practically every run.
        test::setLoad(*m_window, 10, 20, 5, 0);
        QTest::mouseClick(m_window->strategyPanel()->brokenButton(), Qt::LeftButton);
        QCOMPARE(m_window->strategyPanel()->current().id(), u"naive"_s);
        QVERIFY(m_window->sqlView()->toPlainText().contains(u"UPDATE seminar_sessions"_s));

        const RunResult result = runToEnd();
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(!result.consistent());
        QCOMPARE(m_window->verdictBanner()->state(), VerdictBanner::State::Inconsistent);
        // "✗ inconsistent: session 3 sold 8 seats it does not have", or the sum when no session
        // is overbooked; the sum "6 free + 48 occupied = 54 ≠ 40" and every inconsistent
        // session with its own sum below.
        const QString headline = m_window->verdictBanner()->headline();
        const QString detail = m_window->verdictBanner()->detail();
        QVERIFY2(headline.contains(result.verdict.inconsistentHeadline()), qPrintable(headline));
        const QString verdict = result.audit->verdict();
        QVERIFY2((headline + detail).contains(verdict.section(u" — "_s, 0, 0)), qPrintable(detail));
        QVERIFY2((headline + detail).contains(u"≠ 40"_s) || result.audit->drift() == 0,
                 qPrintable(detail));
        for (const SessionAudit& session : result.audit->overbookedSessions())
            QVERIFY2(detail.contains(u"session %1: "_s.arg(session.id)), qPrintable(detail));
        for (const QString& line : result.verdict.sessionLines())
            QVERIFY2(detail.contains(line), qPrintable(detail));
        QCOMPARE(m_window->counterTiles()->driftTile()->isAlarming(), result.audit->drift() != 0);
        QCOMPARE(m_window->eventLog()->model()->rowCount(), 200);
    }

    void forUpdateStrategyShowsAGreenVerdict() {
        test::setLoad(*m_window, 10, 20, 5, 0);
        QTest::mouseClick(m_window->strategyPanel()->safeButton(), Qt::LeftButton);
        QCOMPARE(m_window->strategyPanel()->current().id(), u"for-update"_s);
        QVERIFY(m_window->sqlView()->toPlainText().contains(u"FOR UPDATE"_s));

        const RunResult result = runToEnd();
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(result.consistent());
        QCOMPARE(m_window->verdictBanner()->state(), VerdictBanner::State::Correct);
        QVERIFY2(m_window->verdictBanner()->headline().contains(u"= 40"_s),
                 qPrintable(m_window->verdictBanner()->headline()));
        QVERIFY(!m_window->counterTiles()->driftTile()->isAlarming());
    }

    void chartsReceivePointsDuringTheRun() {
        test::setLoad(*m_window, 5, 20, 5, 40);
        m_window->strategyPanel()->selectId(u"naive"_s);
        // What the charts held whenever a snapshot arrived while the run was still going.
        qsizetype mostPointsWhileRunning = 0;
        qreal mostBarSeatsWhileRunning = 0;
        int snapshotsWhileRunning = 0;
        QMetaObject::Connection watch = connect(
            m_window->loadTest(), &LoadTest::snapshotReady, this, [&](const Snapshot& snapshot) {
                if (!snapshot.running)
                    return;
                ++snapshotsWhileRunning;
                mostPointsWhileRunning =
                    qMax(mostPointsWhileRunning, m_window->seatsChart()->totalSeries()->count());
                qreal occupied = 0;
                for (int i = 0; i < m_window->sessionChart()->occupiedSet()->count(); ++i)
                    occupied += m_window->sessionChart()->occupiedSet()->at(i);
                mostBarSeatsWhileRunning = qMax(mostBarSeatsWhileRunning, occupied);
            });
        const RunResult result = runToEnd();
        disconnect(watch);
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(snapshotsWhileRunning > 0);
        QVERIFY(mostPointsWhileRunning >= 2);
        QVERIFY(mostBarSeatsWhileRunning > 0);

        const QLineSeries* total = m_window->seatsChart()->totalSeries();
        QVERIFY(total->count() >= 2);
        QCOMPARE(total->at(total->count() - 1).y(),
                 qreal(result.audit->free() + result.audit->occupied()));
        QCOMPARE(m_window->seatsChart()->capacitySeries()->at(0).y(), 40.0);
        QVERIFY(total->count() <= 2000);
    }

    void eventLogFiltersByWorkerAndFollowsTheNewestLine() {
        EventLogView* log = m_window->eventLog();
        QVERIFY(log->model()->rowCount() > 0);
        log->workerFilter()->setCurrentIndex(2);
        for (int row = 0; row < log->filter()->rowCount(); ++row)
            QCOMPARE(log->filter()->index(row, EventLogModel::Worker).data().toInt(), 2);
        QVERIFY(log->filter()->rowCount() > 0);
        QVERIFY(log->filter()->rowCount() < log->model()->rowCount());
        log->workerFilter()->setCurrentIndex(0);
        QCOMPARE(log->filter()->rowCount(), log->model()->rowCount());
    }

    void stopMidRunKeepsTheWindowUsable() {
        // A long pause keeps the workers busy for minutes: a stop surely lands mid-run.
        test::setLoad(*m_window, 5, 1000, 5, 500);
        m_window->strategyPanel()->selectId(u"for-update"_s);
        QSignalSpy started(m_window->loadTest(), &LoadTest::started);
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        QTest::mouseClick(button(u"startButton"_s), Qt::LeftButton);
        QCOMPARE(started.count(), 1);
        QVERIFY(m_window->isRunning());
        QVERIFY(!m_window->startAction()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(m_window->loadTest()->snapshot().counters.attempts > 0, 30000);
        QVERIFY(m_window->stopAction()->isEnabled());

        // Space stops, even with the focus in a spin box.
        m_window->activateWindow();
        m_window->parameterPanel()->threads()->setFocus();
        QTest::keyClick(m_window->parameterPanel()->threads(), Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const RunResult stopped = finished.first().first().value<RunResult>();
        QVERIFY(stopped.stoppedByUser);
        QVERIFY(stopped.counters.attempts < 5000);
        QVERIFY(!m_window->isRunning());
        QVERIFY(m_window->startAction()->isEnabled());
        QCOMPARE(m_window->parameterPanel()->threads()->value(), 5);
        QVERIFY(m_window->verdictBanner()->detail().contains(u"Stopped"_s));

        test::setLoad(*m_window, 5, 10, 5, 0);
        const RunResult next = runToEnd();
        QVERIFY2(next.completed(), qPrintable(next.error));
        QVERIFY(next.consistent());
        QCOMPARE(m_window->verdictBanner()->state(), VerdictBanner::State::Correct);
    }

    void keysPickStrategiesAndSpaceStarts() {
        test::setLoad(*m_window, 5, 10, 5, 0);
        m_window->activateWindow();
        m_window->sqlView()->setFocus();
        QTest::keyClick(m_window->sqlView(), Qt::Key_3);
        QCOMPARE(m_window->strategyPanel()->current().id(), builtinStrategyIds().at(2));
        QTest::keyClick(m_window->sqlView(), Qt::Key_1);
        QCOMPARE(m_window->strategyPanel()->current().id(), builtinStrategyIds().at(0));
        QTest::keyClick(m_window->sqlView(), Qt::Key_0);
        QCOMPARE(m_window->strategyPanel()->current().id(), builtinStrategyIds().at(9));

        // Digits typed into a spin box stay typing.
        QSpinBox* perThread = m_window->parameterPanel()->perThread();
        perThread->setFocus();
        perThread->selectAll();
        QTest::keyClicks(perThread, u"12"_s);
        QCOMPARE(perThread->value(), 12);
        QCOMPARE(m_window->strategyPanel()->current().id(), builtinStrategyIds().at(9));

        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        QToolButton* start = button(u"startButton"_s);
        start->setFocus();
        QTest::keyClick(start, Qt::Key_Space);
        QVERIFY(m_window->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, runTimeoutMs);
        QCOMPARE(finished.first().first().value<RunResult>().counters.attempts, 5 * 12);
    }

    void resetRecreatesTheTables() {
        QSignalSpy reset(m_window.get(), &MainWindow::resetFinished);
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(reset.count(), 1, 30000);
        const RunResult result = reset.first().first().value<RunResult>();
        QVERIFY(result.audit);
        QCOMPARE(result.audit->free(), 40);
        QCOMPARE(result.audit->occupied(), 0);
        QCOMPARE(m_window->seatsChart()->totalSeries()->count(), 0);
        QVERIFY(m_window->startAction()->isEnabled());
    }

    void brokenScriptFileShowsItsPosition() {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"mine.sql"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("-- title: Mine\n\n\\set session_id random(1, :sessions)\n\\if :session_id >\n");
        file.close();
        Error error;
        QVERIFY(!m_window->openStrategyFile(path, error));
        QVERIFY2(error.text().contains(u"mine.sql:4:"_s), qPrintable(error.text()));
        QVERIFY(m_window->strategyPanel()->errorText().contains(u"mine.sql:4:"_s));
        QVERIFY(m_window->startAction()->isEnabled());

        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("-- title: Mine\n-- kind: safe\n\n\\set user_id random(1, 100)\n"
                   "\\set session_id random(1, :sessions)\n\\set reserved 0\n"
                   "UPDATE seminar_sessions SET seats = seats - 1 WHERE id = :session_id AND seats "
                   "> 0;\n");
        file.close();
        error = {};
        QVERIFY2(m_window->openStrategyFile(path, error), qPrintable(error.text()));
        QCOMPARE(m_window->strategyPanel()->current().fileName(), path);
        QVERIFY(m_window->strategyPanel()->errorText().isEmpty());
        m_window->strategyPanel()->selectId(u"naive"_s);
    }

    void serverThatIsNotThereDisablesStartWithAReason() {
        StartOptions commandLine;
        ConnectionSettings nowhere;
        nowhere.host = u"127.0.0.1"_s;
        nowhere.port = test::freeTcpPort();
        nowhere.database = u"seatsim"_s;
        nowhere.user = u"seatsim"_s;
        commandLine.database = nowhere;
        commandLine.schema = schema;
        MainWindow window(commandLine);
        window.setInteractive(false);
        QTRY_COMPARE_WITH_TIMEOUT(window.server()->state(), ServerConnection::State::Failed, 30000);
        QVERIFY(!window.startAction()->isEnabled());
        QVERIFY(window.startAction()->toolTip().contains(u"not available"_s));
        QCOMPARE(window.verdictBanner()->state(), VerdictBanner::State::Failed);
        QVERIFY(window.serverStateLabel()->text().contains(u"not available"_s));
        window.startRun(); // a stray call does nothing
        QVERIFY(!window.isRunning());
    }

    void seriesBufferStaysBoundedAndKeepsPeaks() {
        SeriesBuffer buffer(100);
        for (int i = 0; i < 10000; ++i)
            buffer.append(QPointF(i, i == 5555 ? 99.0 : 40.0));
        QVERIFY(buffer.size() <= 100);
        bool peak = false;
        for (const QPointF& point : buffer.points())
            peak = peak || point.y() == 99.0;
        QVERIFY(peak);
        QCOMPARE(buffer.points().last().x(), 9999.0);
    }

    void eventLogStaysBounded() {
        EventLogModel model(50);
        QList<AttemptRecord> batch;
        for (int i = 1; i <= 120; ++i) {
            AttemptRecord record;
            record.sequence = i;
            record.worker = 1 + i % 3;
            batch.append(record);
            if (batch.size() == 7) {
                model.append(batch);
                batch.clear();
            }
        }
        model.append(batch);
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.index(49, EventLogModel::Sequence).data().toLongLong(), 120);
        QCOMPARE(model.index(0, EventLogModel::Sequence).data().toLongLong(), 71);
    }

    void projectorModeTogglesLargerType() {
        const QLabel* verdict = m_window->findChild<QLabel*>(u"verdictLabel"_s);
        const QLabel* summary = m_window->findChild<QLabel*>(u"strategySummary"_s);
        QVERIFY(verdict && summary);
        const qreal normal = summary->font().pointSizeF();
        const qreal normalVerdict = verdict->font().pointSizeF();
        const int normalPen = m_window->seatsChart()->totalSeries()->pen().width();
        QVERIFY(!m_window->isProjectorMode());
        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QVERIFY(m_window->isProjectorMode());
        QVERIFY(m_window->projectorAction()->isChecked());
        QVERIFY(summary->font().pointSizeF() >= normal * 1.5);
        QVERIFY(verdict->font().pointSizeF() > normalVerdict);
        QVERIFY(m_window->seatsChart()->totalSeries()->pen().width() > normalPen);
        QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
        QTest::mouseClick(button(u"projectorButton"_s), Qt::LeftButton);
        QVERIFY(!m_window->isProjectorMode());
        QCOMPARE(summary->font().pointSizeF(), normal);
        QCOMPARE(verdict->font().pointSizeF(), normalVerdict);
        QVERIFY(!(m_window->windowState() & Qt::WindowFullScreen));
    }

    void screenshotsAfterNaiveAndForUpdate() {
        const QList<QSize> sizes{{1280, 720}, {1920, 1080}};
        const QList<std::pair<QString, QString>> runs{{u"naive"_s, u"naive"_s},
                                                      {u"for-update"_s, u"for-update"_s}};
        for (const auto& [id, name] : runs) {
            test::setLoad(*m_window, 5, 20, 20, 10);
            QVERIFY(m_window->strategyPanel()->selectId(id));
            const RunResult result = runToEnd();
            QVERIFY2(result.completed(), qPrintable(result.error));
            for (bool projector : {false, true}) {
                m_window->setProjectorMode(projector);
                // Full screen is the offscreen screen's size; show the sizes of real projectors.
                m_window->showNormal();
                for (QSize size : sizes)
                    saveScreenshot(projector ? name + u"-projector"_s : name, size);
            }
            m_window->setProjectorMode(false);
        }
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
