#include "race/lockgraphview.h"
#include "race/stepmodeview.h"
#include "settings/language.h"
#include "support/testsupport.h"
#include "support/windowtestsupport.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTest>
#include <QTextEdit>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {

const QString kSchema = u"tst_stepmodeview"_s;
using Status = StepWorkerState::Status;

} // namespace

// Step mode through its buttons, as the lecturer clicks it: the presets that lose one update
// and deadlock once, and the lock graph of a wait the test creates, on a real server.
class TestStepModeView : public QObject {
    Q_OBJECT
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

    // Presses Next whenever it is enabled until the session finished; `hints` collects the
    // hint shown before each press.
    bool clickNextUntilFinished(StepModeView& view, QStringList* hints = nullptr) {
        QSignalSpy finished(view.session(), &StepSession::finished);
        for (int presses = 0; presses < 50; ++presses) {
            if (!QTest::qWaitFor(
                    [&] { return !finished.isEmpty() || view.nextButton()->isEnabled(); }, 60000))
                return false;
            if (!finished.isEmpty())
                return true;
            if (hints)
                *hints << view.hintLabel()->text();
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
        m_name = uniqueConnectionName(u"tst-stepmodeview"_s);
        Error error;
        m_db = test::sharedSettings(kSchema).open(m_name, error);
        QVERIFY2(m_db.isValid(), qPrintable(error.text()));
    }

    void cleanupTestCase() {
        m_db = QSqlDatabase();
        closeConnection(m_name);
    }

    void lockGraphShowsAWaitTheTestCreates() {
        StepModeView view;
        view.setConnection(test::sharedSettings(kSchema));
        const int index = view.strategyBox()->findText(
            builtinStrategy(u"for-update"_s).title(strategyLanguage()));
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
        view.resize(1240, 660);
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
        QStringList hints;
        QVERIFY(clickNextUntilFinished(view, &hints));
        QVERIFY2(view.session()->error().isEmpty(), qPrintable(view.session()->error()));
        QCOMPARE(view.lostUpdates(), 1);
        // The hint said what each press would do, the read included.
        QCOMPARE(hints.size(), 6);
        QCOMPARE(hints.at(0),
                 u"Next (F5): worker 1 runs SELECT seats FROM seminar_sessions WHERE id = 1"_s);
        QCOMPARE(
            hints.at(2),
            u"Next (F5): worker 1 runs UPDATE seminar_sessions SET seats = 5 - 1 WHERE id = 1"_s);
        QCOMPARE(
            hints.at(4),
            u"Next (F5): worker 2 runs UPDATE seminar_sessions SET seats = 5 - 1 WHERE id = 1"_s);
        // Each pane keeps what its worker ran and what that returned.
        for (int worker = 1; worker <= 2; ++worker) {
            const QString history = view.historyView(worker)->toPlainText();
            QVERIFY2(
                history.contains(u"SELECT seats FROM seminar_sessions WHERE id = 1\n→ seats = 5"_s),
                qPrintable(history));
            QVERIFY2(history.contains(u"→ UPDATE 1"_s), qPrintable(history));
            QVERIFY2(history.contains(u"→ INSERT 0 1"_s), qPrintable(history));
        }
        QVERIFY2(view.tableLabel()->text().contains(
                     u"session 1: seats = 4 (after each step: 5 → 5 → 5 → 4 → 4 → 4 → 4)"_s),
                 qPrintable(view.tableLabel()->text()));
        // The verdict is the judge's, on the audit taken after the last statement.
        const Verdict verdict = view.session()->verdict();
        QCOMPARE(verdict.kindId(), u"inconsistent"_s);
        QVERIFY(view.outcomeLabel()->text().startsWith(verdict.headline()));
        QVERIFY(view.outcomeLabel()->styleSheet().contains(
            Theme().verdictColor(Verdict::Kind::Inconsistent).name()));
        QVERIFY(view.deadlockVictims().isEmpty());
        QVERIFY2(view.outcomeLabel()->text().contains(
                     u"Worker 1 and worker 2 both read 5 seats in session 1"_s),
                 qPrintable(view.outcomeLabel()->text()));
        const auto after = audit();
        QVERIFY(after);
        QCOMPARE(after->drift(), 1);
        QCOMPARE(after->occupied(), 2);
        view.resize(1240, 660);
        QCoreApplication::processEvents();
        test::saveScreenshot(&view, u"stepmode-lostupdate"_s);
    }

    void deadlockPresetHasExactlyOneVictimThroughTheButtons() {
        StepModeView view;
        view.setConnection(test::sharedSettings(kSchema));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        // The window fits a 1280×720 screen with its title bar, and opens on it.
        QVERIFY(view.width() <= 1260 && view.height() <= 680);
        const QRect available = view.screen()->availableGeometry();
        QVERIFY(available.contains(view.geometry()));
        QSignalSpy started(view.session(), &StepSession::started);
        QTest::mouseClick(view.deadlockButton(), Qt::LeftButton);
        QVERIFY(started.wait(30000));
        QVERIFY(clickNextUntilFinished(view));
        QVERIFY2(view.session()->error().isEmpty(), qPrintable(view.session()->error()));
        // The audit of the end: after the winner's COMMIT, as the table holds it.
        const auto final = view.session()->finalAudit();
        QVERIFY(final && final == audit());
        QCOMPARE(final->free(), 4);
        QCOMPARE(final->occupied(), 1);
        const Verdict verdict = view.session()->verdict();
        QCOMPARE(verdict.kindId(), u"not_correct"_s);
        QVERIFY2(view.outcomeLabel()->text().startsWith(u"consistent, but 1 deadlock"_s),
                 qPrintable(view.outcomeLabel()->text()));
        QVERIFY(view.outcomeLabel()->styleSheet().contains(
            Theme().verdictColor(Verdict::Kind::NotCorrect).name()));
        QCOMPARE(view.deadlockVictims().size(), 1);
        QCOMPARE(view.lostUpdates(), 0);
        const WaitCycle cycle = view.lockGraph()->deadlockCycle();
        QCOMPARE(cycle.workers.size(), 2);
        QVERIFY(cycle.workers.contains(1) && cycle.workers.contains(2));
        const int victim = view.deadlockVictims().first();
        QVERIFY(view.statusLabel(victim)->text().contains(u"40P01"_s));
        // The server's DETAIL names the workers, not the backends' process ids.
        const QString detail = view.lockGraph()->deadlockCaption()->toolTip();
        QVERIFY2(detail.contains(u"worker 1 waited"_s) && !detail.contains(u"Process"_s),
                 qPrintable(detail));
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
        view.resize(1240, 660);
        QCoreApplication::processEvents();
        QCOMPARE(view.size(), QSize(1240, 660)); // fits a 1280×720 screen on a projector too
        test::saveScreenshot(&view, u"stepmode-deadlock-projector"_s);
    }
};

QTEST_MAIN(TestStepModeView)
#include "tst_stepmodeview.moc"
