#include "common/exercise.h"
#include "live/eventlogmodel.h"
#include "live/eventlogview.h"
#include "live/sessionchart.h"
#include "support/testsupport.h"
#include "support/windowtestsupport.h"
#include "window/countertiles.h"
#include "window/mainwindow.h"
#include "window/strategypanel.h"
#include "window/verdictbanner.h"

#include <QBarSet>
#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {
constexpr int runTimeoutMs = 120000;
const QString schema = u"tst_verdicts"_s;

QString studentFile(const QString& name) {
    return QStringLiteral(SEATSIM_SOURCE_DIR) + u"/tests/students/"_s + name + u".sql"_s;
}

VerdictBanner::State bannerStateOf(Verdict::Kind kind) {
    switch (kind) {
    case Verdict::Kind::Correct:
        return VerdictBanner::State::Correct;
    case Verdict::Kind::Inconsistent:
        return VerdictBanner::State::Inconsistent;
    case Verdict::Kind::NotCorrect:
        return VerdictBanner::State::NotCorrect;
    case Verdict::Kind::Unjudged:
        break;
    }
    return VerdictBanner::State::Failed;
}

Audit exerciseAudit() {
    Audit audit;
    const QList<int> capacities = exercise::capacities();
    for (int i = 0; i < capacities.size(); ++i)
        audit.sessions.append({i + 1, capacities.at(i), capacities.at(i), 0});
    return audit;
}
} // namespace

// Every answer of the student corpus (tests/students) judged in the window as the exercise
// judges it: the banner's colour and words, the server's message in the event log.
class TestVerdicts : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;

    VerdictBanner* banner() const { return m_window->verdictBanner(); }

    // Starts the strategy that is selected and waits until the window has shown its result.
    RunResult runToEnd() {
        QSignalSpy finished(m_window->loadTest(), &LoadTest::finished);
        QSignalSpy shown(m_window.get(), &MainWindow::runFinished);
        if (!m_window->startAction()->isEnabled()) {
            qWarning("Start is not available");
            return {};
        }
        m_window->startAction()->trigger();
        if (!QTest::qWaitFor([&] { return shown.count() > 0; }, runTimeoutMs))
            qWarning("the run did not finish");
        if (finished.count() != 1)
            qWarning("LoadTest::finished came %d times", int(finished.count()));
        return shown.isEmpty() ? RunResult() : shown.first().first().value<RunResult>();
    }

    // Runs until the judge says `expected`, at most `runs` times (a race shows in almost every
    // run, not in every one); each run's banner must say what the judge said.
    RunResult runUntil(Verdict::Kind expected, int runs) {
        RunResult result;
        for (int run = 0; run < runs; ++run) {
            result = runToEnd();
            if (!result.completed())
                break;
            if (banner()->state() != bannerStateOf(result.verdict.kind))
                break; // reported by the caller's comparison
            if (result.verdict.kind == expected)
                break;
        }
        return result;
    }

    void openStudent(const QString& name) {
        Error error;
        QVERIFY2(m_window->openStrategyFile(studentFile(name), error), qPrintable(error.text()));
        QVERIFY(m_window->strategyPanel()->current().fileName().endsWith(name + u".sql"_s));
    }

    void exerciseLoad() { test::setLoad(*m_window, 5, 20, 5, 0); }

    // The window as the user sees it once its layout has followed the banner's new text.
    void saveScreenshot(const QString& name) {
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(m_window->size(), QSize(1280, 720));
        test::saveScreenshot(m_window.get(), name);
    }

    // The banner shows the run's verdict in its colour, with `words` in its headline.
    void verifyBanner(const RunResult& result, Verdict::Kind kind, const QString& words) {
        QVERIFY2(result.completed(), qPrintable(result.error));
        QCOMPARE(result.verdict.kind, kind);
        QCOMPARE(banner()->state(), bannerStateOf(kind));
        QCOMPARE(banner()->background(), Theme().verdictColor(kind));
        QVERIFY2(banner()->headline().contains(words), qPrintable(banner()->headline()));
        QVERIFY2(banner()->headline().contains(result.verdict.headline().section(u" — "_s, 0, 0)),
                 qPrintable(banner()->headline()));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        test::installStrictMessageHandler();
        test::openWindow(m_window, schema, QSize(1280, 720));
        QVERIFY(m_window->startAction()->isEnabled());
    }

    void cleanupTestCase() { m_window.reset(); }

    void init() {
        m_window->showNormal();
        m_window->resize(1280, 720);
        m_window->setCapacities(exercise::capacities());
    }

    void typoInATableNameIsAmberWithTheServersMessage() {
        openStudent(u"typo-table"_s);
        exerciseLoad();
        const RunResult result = runToEnd();
        const QString message = u"relation \"seminar_sesions\" does not exist"_s;
        verifyBanner(result, Verdict::Kind::NotCorrect, message);
        QVERIFY2(banner()->headline().contains(u"all 100 reservations failed"_s),
                 qPrintable(banner()->headline()));

        // The log names the server's words beside the SQLSTATE, in a column and the tooltip.
        EventLogModel* log = m_window->eventLog()->model();
        QCOMPARE(log->rowCount(), 100);
        const QModelIndex last = log->index(log->rowCount() - 1, EventLogModel::Message);
        QVERIFY2(last.data().toString().contains(message), qPrintable(last.data().toString()));
        QCOMPARE(log->index(last.row(), EventLogModel::SqlState).data().toString(), u"42P01"_s);
        const QString tip =
            log->index(last.row(), EventLogModel::Outcome).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(message) && tip.contains(u"42P01"_s), qPrintable(tip));
        saveScreenshot(u"verdict-amber-typo"_s);
    }

    void runTimeErrorInTheScriptIsAmber() {
        openStudent(u"division-by-zero"_s);
        exerciseLoad();
        const RunResult result = runToEnd();
        verifyBanner(result, Verdict::Kind::NotCorrect, u"division by zero"_s);
        // Where the script went wrong travels as fields and reaches the strategy panel.
        QVERIFY2(result.scriptError.file.endsWith(u"/division-by-zero.sql"_s),
                 qPrintable(result.scriptError.file));
        QCOMPARE(result.scriptError.line, 12);
        QVERIFY2(m_window->strategyPanel()->errorText().contains(u"division-by-zero.sql:12: "_s),
                 qPrintable(m_window->strategyPanel()->errorText()));
    }

    void refusalWhileSeatsAreFreeIsAmber() {
        // Seats never run out, so that every refusal is wrong and workers collide.
        m_window->setCapacities(QList<int>(exercise::capacities().size(), 1000));
        openStudent(u"skip-locked"_s);
        test::setLoad(*m_window, 8, 40, 20, 0);
        const RunResult result = runUntil(Verdict::Kind::NotCorrect, 3);
        verifyBanner(result, Verdict::Kind::NotCorrect, u"refusals while seats were free"_s);
        QVERIFY(result.verdict.wrongRefusals > 0);
        QCOMPARE(result.scenario.capacity(), 8000);
    }

    void bookingsNotReportedAreAmber() {
        openStudent(u"never-reports"_s);
        exerciseLoad();
        const RunResult result = runToEnd();
        verifyBanner(result, Verdict::Kind::NotCorrect, u"not reported"_s);
        // Every registration in the table is one that reserve_seat answered False.
        QVERIFY(result.audit->occupied() > 0);
        QCOMPARE(result.verdict.unreportedBookings, qint64(result.audit->occupied()));
    }

    void upgradedTableLockDeadlocksAndIsAmber() {
        openStudent(u"share-lock-upgrade"_s);
        exerciseLoad();
        const RunResult result = runUntil(Verdict::Kind::NotCorrect, 3);
        verifyBanner(result, Verdict::Kind::NotCorrect, u"deadlock"_s);
        QVERIFY(result.counters.deadlocks > 0);
    }

    void advisoryLockIsGreen() {
        openStudent(u"advisory-lock"_s);
        exerciseLoad();
        const RunResult result = runToEnd();
        verifyBanner(result, Verdict::Kind::Correct, u"= 40"_s);
        saveScreenshot(u"verdict-green-advisory-lock"_s);
    }

    void forShareDeadlocksAndIsAmber() {
        QVERIFY(m_window->strategyPanel()->selectId(u"for-share"_s));
        exerciseLoad();
        const RunResult result = runUntil(Verdict::Kind::NotCorrect, 3);
        verifyBanner(result, Verdict::Kind::NotCorrect, u"deadlocks"_s);
        saveScreenshot(u"verdict-amber-for-share"_s);
    }

    void naiveIsRedWithEverySessionsSum() {
        QVERIFY(m_window->strategyPanel()->selectId(u"naive"_s));
        exerciseLoad();
        const RunResult result = runUntil(Verdict::Kind::Inconsistent, 3);
        verifyBanner(result, Verdict::Kind::Inconsistent, u"≠ 40"_s);
        // Each inconsistent session with its own sum, not only the overbooked ones.
        for (const QString& line : result.verdict.sessionLines())
            QVERIFY2(banner()->detail().contains(line), qPrintable(banner()->detail()));
        QList<int> inconsistent;
        for (const SessionAudit& session : result.verdict.inconsistentSessions)
            inconsistent.append(session.id);
        QCOMPARE(m_window->sessionChart()->markedSessions(), inconsistent);
        saveScreenshot(u"verdict-red-naive"_s);
    }

    void pickingAnotherStrategyClearsTheVerdict() {
        QVERIFY(m_window->strategyPanel()->selectId(u"for-update"_s));
        exerciseLoad();
        const RunResult result = runToEnd();
        QVERIFY2(result.completed(), qPrintable(result.error));
        QCOMPARE(banner()->state(), VerdictBanner::State::Correct);
        QVERIFY(m_window->strategyPanel()->selectId(u"naive"_s));
        QCOMPARE(banner()->state(), VerdictBanner::State::Neutral);
        QVERIFY2(banner()->headline().startsWith(u"Ready"_s), qPrintable(banner()->headline()));
        QVERIFY(!banner()->headline().contains(u"correct"_s));
    }

    void pickingAnotherStrategyClearsTheCountersOfTheRunBefore() {
        QVERIFY(m_window->strategyPanel()->selectId(u"naive"_s));
        exerciseLoad();
        const RunResult result = runUntil(Verdict::Kind::Inconsistent, 3);
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(result.audit->drift() != 0);
        CounterTile* drift = m_window->counterTiles()->driftTile();
        QVERIFY(drift->isAlarming());
        QVERIFY(m_window->strategyPanel()->selectId(u"for-update"_s));
        QVERIFY(!drift->isAlarming());
        QCOMPARE(drift->value(), u"–"_s);
    }

    void forUpdateRunCountsTheLockWaitsItSaw() {
        // 8 workers on 8 sessions, each holding its row for 20 ms: they wait for each other.
        QVERIFY(m_window->strategyPanel()->selectId(u"for-update"_s));
        test::setLoad(*m_window, 8, 20, 20, 0);
        const RunResult result = runToEnd();
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(!m_window->isRunning());
        const qint64 seen = m_window->loadTest()->snapshot().monitor.waitsSeen;
        QVERIFY2(seen > 0, qPrintable(QString::number(seen)));
        QCOMPARE(m_window->counterTiles()->waitsTile()->value(), QLocale().toString(seen));
    }

    void liveBannerJudgesTheSnapshot() {
        VerdictBanner live;
        Snapshot snapshot;
        snapshot.running = true;
        snapshot.plannedAttempts = 100;
        snapshot.counters.attempts = 30;
        live.setSnapshot(u"for-share"_s, snapshot);
        QCOMPARE(live.state(), VerdictBanner::State::Running); // no audit yet

        snapshot.monitor.audit = exerciseAudit();
        live.setSnapshot(u"for-share"_s, snapshot);
        QCOMPARE(live.state(), VerdictBanner::State::Running);
        QVERIFY2(live.headline().contains(u"= 40"_s), qPrintable(live.headline()));

        snapshot.counters.deadlocks = 3;
        live.setSnapshot(u"for-share"_s, snapshot);
        QCOMPARE(live.state(), VerdictBanner::State::RunningNotCorrect);
        QCOMPARE(live.background(), Theme().warning());
        QVERIFY2(live.headline().contains(u"3 deadlocks"_s), qPrintable(live.headline()));

        // Session 6 with 6 free + 5 occupied against its 10 seats: named with its sum.
        snapshot.monitor.audit->sessions[5].free = 6;
        snapshot.monitor.audit->sessions[5].registrations = 5;
        live.setSnapshot(u"naive"_s, snapshot);
        QCOMPARE(live.state(), VerdictBanner::State::RunningDrift);
        QCOMPARE(live.background(), Theme().bad());
        QVERIFY2(live.detail().contains(u"session 6: 6 free + 5 occupied = 11 ≠ 10"_s),
                 qPrintable(live.detail()));
    }

    void sessionChartMarksSessionsThatDoNotAddUp() {
        SessionChart chart;
        Audit audit = exerciseAudit();
        chart.setAudit(audit);
        QVERIFY(chart.markedSessions().isEmpty());
        const int rows = int(audit.sessions.size());
        const auto row = [rows](int session) {
            return rows - session;
        }; // session 1 on top

        audit.sessions[5].free = 6; // 6 free + 5 occupied = 11 against 10 seats
        audit.sessions[5].registrations = 5;
        audit.sessions[0].free = 0; // 0 free + 5 occupied against 4: overbooked
        audit.sessions[0].registrations = 5;
        audit.sessions[2].free = 1; // 1 free + 2 occupied = 3 against 5: two seats vanished
        audit.sessions[2].registrations = 2;
        chart.setAudit(audit);
        QCOMPARE(chart.markedSessions(), (QList<int>{1, 3, 6}));
        QCOMPARE(chart.mismatchSet()->at(row(6)), 1.0);
        QCOMPARE(chart.occupiedSet()->at(row(6)), 5.0);
        QCOMPARE(chart.mismatchSet()->at(row(3)), 2.0);
        QCOMPARE(chart.mismatchSet()->at(row(1)), 0.0);

        chart.setAudit(exerciseAudit());
        QVERIFY(chart.markedSessions().isEmpty());
        QCOMPARE(chart.mismatchSet()->sum(), 0.0);
    }
};

QTEST_MAIN(TestVerdicts)
#include "tst_verdicts.moc"
