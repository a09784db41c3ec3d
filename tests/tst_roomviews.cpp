#include "analysis/lostupdates.h"
#include "common/exercise.h"
#include "live/eventlogmodel.h"
#include "live/eventlogview.h"
#include "live/seatschart.h"
#include "race/lostupdatesview.h"
#include "race/raceviews.h"
#include "race/timelineview.h"
#include "support/testsupport.h"
#include "support/windowtestsupport.h"
#include "window/countertiles.h"
#include "window/mainwindow.h"
#include "window/parameterpanel.h"
#include "window/strategypanel.h"
#include "window/verdictbanner.h"

#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QValueAxis>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {
constexpr int runTimeoutMs = 120000;
const QString schema = u"tst_roomviews"_s;

QString studentDir() {
    return QStringLiteral(SEATSIM_SOURCE_DIR) + u"/tests/students"_s;
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

// The updates the table's sums can account for: in each session, free + registrations above
// its capacity.
int driftAbove(const Audit& audit) {
    int sum = 0;
    for (const SessionAudit& session : audit.sessions)
        sum += qMax(0, session.free + session.registrations - session.capacity);
    return sum;
}
} // namespace

// Issue 21: the room sees only what happened. Every view of the window — banner, tiles, the
// lost-updates tab, the charts and the log — agrees with the one verdict of the run.
class TestRoomViews : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;

    VerdictBanner* banner() const { return m_window->verdictBanner(); }
    LostUpdatesView* lostUpdates() const { return m_window->raceViews()->lostUpdates(); }

    RunResult runToEnd() {
        QSignalSpy shown(m_window.get(), &MainWindow::runFinished);
        if (!m_window->startAction()->isEnabled()) {
            qWarning("Start is not available");
            return {};
        }
        m_window->startAction()->trigger();
        if (!QTest::qWaitFor([&] { return shown.count() > 0; }, runTimeoutMs))
            qWarning("the run did not finish");
        return shown.isEmpty() ? RunResult() : shown.first().first().value<RunResult>();
    }

    void openStudent(const QString& path) {
        Error error;
        QVERIFY2(m_window->openStrategyFile(path, error), qPrintable(error.text()));
    }

    // What each view shows against what the judge said.
    void verifyViewsAgreeWithTheVerdict(const RunResult& result) {
        QVERIFY2(result.completed(), qPrintable(result.error));
        const Verdict& verdict = result.verdict;
        const QString headline = banner()->headline();
        QCOMPARE(banner()->state(), bannerStateOf(verdict.kind));
        QCOMPARE(banner()->background(), Theme().verdictColor(verdict.kind));
        switch (verdict.kind) {
        case Verdict::Kind::Correct:
            QVERIFY2(headline.startsWith(u"✓"_s), qPrintable(headline));
            QVERIFY2(!banner()->detail().contains(u"First failure"_s),
                     qPrintable(banner()->detail()));
            break;
        case Verdict::Kind::Inconsistent:
            QVERIFY2(headline.contains(verdict.inconsistentHeadline()), qPrintable(headline));
            break;
        case Verdict::Kind::NotCorrect:
            QVERIFY2(headline.contains(verdict.headline()), qPrintable(headline));
            break;
        case Verdict::Kind::Unjudged:
            QFAIL("the run was not judged");
        }

        // Red tiles only for trouble the table or the judge shows.
        CounterTiles* tiles = m_window->counterTiles();
        QCOMPARE(tiles->driftTile()->isAlarming(), result.audit->drift() != 0);
        QVERIFY(!tiles->serializationTile()->isAlarming());
        if (verdict.kind == Verdict::Kind::Correct) {
            for (const CounterTile* tile : tiles->tiles())
                QVERIFY2(!tile->isAlarming(), qPrintable(tile->objectName()));
        }

        // Lost updates only where the table's sums show them.
        const LostUpdateAnalysis& analysis = lostUpdates()->analysis();
        QVERIFY2(analysis.found() <= driftAbove(*result.audit), qPrintable(analysis.summary));
        if (verdict.kind != Verdict::Kind::Inconsistent) {
            QVERIFY2(analysis.lostUpdates.isEmpty(), qPrintable(analysis.summary));
            QCOMPARE(lostUpdates()->list()->count(), 0);
        }
        // Green in the tab only beside a green verdict.
        const QString tabStyle = lostUpdates()->summary()->styleSheet();
        if (verdict.kind != Verdict::Kind::Correct)
            QVERIFY2(!tabStyle.contains(Theme().good().name()), qPrintable(tabStyle));
        if (verdict.kind == Verdict::Kind::NotCorrect)
            QVERIFY2(lostUpdates()->summary()->text().contains(verdict.headline()),
                     qPrintable(lostUpdates()->summary()->text()));

        // The chart's axis holds every value the run reached.
        const auto* axis = qobject_cast<QValueAxis*>(
            m_window->seatsChart()->chart()->axes(Qt::Vertical).constFirst());
        QVERIFY(axis);
        QVERIFY2(axis->min() <= qMin(0, result.audit->free()),
                 qPrintable(QString::number(axis->min())));
        QVERIFY2(axis->max() >= result.audit->occupied(),
                 qPrintable(QString::number(axis->max())));
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

    void studentCorpusViewsAgreeWithTheVerdict_data() {
        QTest::addColumn<QString>("path");
        const QDir dir(studentDir());
        for (const QString& name : dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name))
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
        QVERIFY(dir.entryList({u"*.sql"_s}).size() >= 9);
    }

    void studentCorpusViewsAgreeWithTheVerdict() {
        QFETCH(QString, path);
        m_window->setCapacities(exercise::capacities());
        openStudent(path);
        test::setLoad(*m_window, 5, 20, 5, 0);
        const RunResult result = runToEnd();
        verifyViewsAgreeWithTheVerdict(result);
    }

    // A consistent script that always says True: wrong answers, not lost updates.
    void reportingEveryBookingIsAWrongAnswerNotALostUpdate() {
        m_window->setCapacities(exercise::capacities());
        openStudent(studentDir() + u"/always-true.sql"_s);
        test::setLoad(*m_window, 5, 20, 5, 0);
        const RunResult result = runToEnd();
        verifyViewsAgreeWithTheVerdict(result);
        QVERIFY(result.consistent());
        QCOMPARE(result.verdict.kind, Verdict::Kind::NotCorrect);
        QVERIFY(lostUpdates()->analysis().lostUpdates.isEmpty());
        QVERIFY2(lostUpdates()->summary()->text().startsWith(u"No lost update"_s),
                 qPrintable(lostUpdates()->summary()->text()));
    }

    // Without the seats > 0 check: the headline names the session that sold seats it does
    // not have, the chart goes below zero, and the log shows the negative reads.
    void overbookingNamesTheSessionAndShowsNegativeSeats() {
        m_window->setCapacities(exercise::capacities());
        openStudent(studentDir() + u"/no-seats-check.sql"_s);
        test::setLoad(*m_window, 5, 20, 5, 0);
        const RunResult result = runToEnd();
        verifyViewsAgreeWithTheVerdict(result);
        QCOMPARE(result.verdict.kind, Verdict::Kind::Inconsistent);
        QVERIFY(result.audit->free() < 0);
        QVERIFY2(banner()->headline().contains(u"seats it does not have"_s) ||
                     banner()->headline().contains(u"seat it does not have"_s),
                 qPrintable(banner()->headline()));
        EventLogModel* log = m_window->eventLog()->model();
        bool negativeRead = false;
        for (int row = 0; row < log->rowCount() && !negativeRead; ++row) {
            const QString seats = log->index(row, EventLogModel::SeatsRead).data().toString();
            QVERIFY2(seats != u"–"_s, qPrintable(seats));
            negativeRead = seats.startsWith(u'-') || seats.startsWith(u'\u2212');
        }
        QVERIFY(negativeRead);
    }

    // A view whose run is gone is cleared, not left under the next strategy's title.
    void pickingAnotherStrategyClearsEveryView() {
        QVERIFY(m_window->strategyPanel()->selectId(u"naive"_s));
        test::setLoad(*m_window, 5, 20, 5, 0);
        const RunResult result = runToEnd();
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(m_window->eventLog()->model()->rowCount() > 0);
        QVERIFY(m_window->seatsChart()->totalSeries()->count() > 0);

        QVERIFY(m_window->strategyPanel()->selectId(u"for-update"_s));
        QVERIFY2(banner()->headline().startsWith(u"Ready"_s), qPrintable(banner()->headline()));
        QCOMPARE(m_window->eventLog()->model()->rowCount(), 0);
        QCOMPARE(m_window->seatsChart()->totalSeries()->count(), 0);
        QVERIFY(lostUpdates()->list()->count() == 0);
        QVERIFY(!m_window->counterTiles()->driftTile()->isAlarming());
        QCOMPARE(m_window->raceViews()->timelineData().lastSequence(), 0);
    }

    void changingTheLoadClearsEveryView() {
        QVERIFY(m_window->strategyPanel()->selectId(u"naive"_s));
        test::setLoad(*m_window, 5, 20, 5, 0);
        const RunResult result = runToEnd();
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(m_window->eventLog()->model()->rowCount() > 0);
        m_window->parameterPanel()->thinkMs()->setValue(7);
        QVERIFY2(banner()->headline().startsWith(u"Ready"_s), qPrintable(banner()->headline()));
        QCOMPARE(m_window->eventLog()->model()->rowCount(), 0);
        QCOMPARE(m_window->seatsChart()->totalSeries()->count(), 0);
    }

    void resetClearsEveryView() {
        QVERIFY(m_window->strategyPanel()->selectId(u"naive"_s));
        test::setLoad(*m_window, 5, 20, 5, 0);
        const RunResult result = runToEnd();
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(m_window->raceViews()->timelineData().lastSequence() > 0);
        QSignalSpy reset(m_window.get(), &MainWindow::resetFinished);
        m_window->resetTables();
        QVERIFY(reset.wait(runTimeoutMs));
        QCOMPARE(m_window->eventLog()->model()->rowCount(), 0);
        QCOMPARE(m_window->raceViews()->timelineData().lastSequence(), 0);
        QCOMPARE(lostUpdates()->list()->count(), 0);
        QVERIFY(!m_window->counterTiles()->driftTile()->isAlarming());
    }

    // SERIALIZABLE's retried 40001 is information: no red tile, no "First failure" in green.
    void retriedSerializationFailuresAreNoAlarm() {
        QVERIFY(m_window->strategyPanel()->selectId(u"serializable"_s));
        m_window->setCapacities(exercise::capacities());
        test::setLoad(*m_window, 5, 20, 5, 0);
        const RunResult result = runToEnd();
        verifyViewsAgreeWithTheVerdict(result);
        if (result.verdict.kind == Verdict::Kind::Correct &&
            result.counters.serializationFailures > 0)
            QVERIFY2(banner()->detail().contains(u"working as intended"_s),
                     qPrintable(banner()->detail()));
    }
};

QTEST_MAIN(TestRoomViews)
#include "tst_roomviews.moc"
