#include "live/eventlogmodel.h"
#include "live/eventlogview.h"
#include "race/lockgraphview.h"
#include "race/lostupdatesview.h"
#include "race/raceviews.h"
#include "race/timelineview.h"
#include "server/seatdatabase.h"
#include "support/testsupport.h"
#include "support/windowtestsupport.h"
#include "window/mainwindow.h"
#include "window/parameterpanel.h"
#include "window/strategypanel.h"
#include "window/verdictbanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTranslator>
#include <limits>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {

const QString kSchema = u"tst_raceviews"_s;
constexpr int runTimeoutMs = 120000;
constexpr qint64 us = 1000;

// Presses Start as a user does and waits for the run to end.
std::optional<RunResult> startAndWait(MainWindow& window) {
    QSignalSpy finished(&window, &MainWindow::runFinished);
    QTest::mouseClick(window.findChild<QToolButton*>(u"startButton"_s), Qt::LeftButton);
    if (!finished.wait(runTimeoutMs))
        return std::nullopt;
    return finished.first().first().value<RunResult>();
}

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

// Why the canvas is not readable, or empty: every node inside it with its label at full
// size, every arrow inside it and clear of the nodes it does not join.
QString unreadable(const WaitGraphCanvas* canvas) {
    const WaitGraphCanvas::Layout layout = canvas->layout();
    const QFontMetrics metrics(canvas->font());
    if (2 * layout.nodeRadius * 0.85 < metrics.horizontalAdvance(u"W5"_s))
        return u"node radius %1 too small for its label"_s.arg(layout.nodeRadius);
    const QRectF area = QRectF(canvas->rect()).adjusted(-0.5, -0.5, 0.5, 0.5);
    for (int node : layout.nodes) {
        const QPointF p = layout.position.value(node);
        const double r = layout.nodeRadius;
        if (!area.contains(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r)))
            return u"node %1 outside the canvas"_s.arg(node);
    }
    for (qsizetype i = 0; i < canvas->edges().size(); ++i) {
        const WaitGraphCanvas::Edge& edge = canvas->edges()[i];
        for (const QPointF& point : layout.lines[i]) {
            if (!area.contains(point))
                return u"arrow %1→%2 leaves the canvas"_s.arg(edge.waiter).arg(edge.blocker);
            for (int node : layout.nodes) {
                if (node != edge.waiter && node != edge.blocker &&
                    QLineF(point, layout.position.value(node)).length() <= layout.nodeRadius)
                    return u"arrow %1→%2 crosses node %3"_s.arg(edge.waiter)
                        .arg(edge.blocker)
                        .arg(node);
            }
        }
    }
    return {};
}

// Why a count is not on its line, or covers a node: each count's box centred on a point of
// its edge's line, clear of every node. With `everyCount`, a count left out (no room on its
// line) is a problem too.
QString misplacedCount(const WaitGraphCanvas* canvas, bool everyCount = true) {
    const WaitGraphCanvas::Layout layout = canvas->layout();
    const double r = layout.nodeRadius;
    for (qsizetype i = 0; i < canvas->edges().size(); ++i) {
        const WaitGraphCanvas::Edge& edge = canvas->edges()[i];
        const QRectF box = layout.labelBoxes[i];
        const QPolygonF& line = layout.lines[i];
        if (edge.seen <= 0 || (box.isNull() && !everyCount))
            continue;
        if (box.isNull() || line.size() < 2)
            return u"count of %1–%2 not drawn"_s.arg(edge.waiter).arg(edge.blocker);
        double nearest = std::numeric_limits<double>::max();
        for (qsizetype j = 1; j < line.size(); ++j) {
            const QPointF a = line[j - 1], b = line[j];
            const QPointF d = b - a;
            const double length2 = QPointF::dotProduct(d, d);
            const double t =
                length2 > 0 ? qBound(0.0, QPointF::dotProduct(box.center() - a, d) / length2, 1.0)
                            : 0.0;
            nearest = std::min(nearest, QLineF(box.center(), a + t * d).length());
        }
        if (nearest > 1.0)
            return u"count of %1–%2 is %3 px off its line"_s.arg(edge.waiter)
                .arg(edge.blocker)
                .arg(nearest);
        for (int node : layout.nodes) {
            const QPointF p = layout.position.value(node);
            if (box.intersects(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r)))
                return u"count of %1–%2 covers node %3"_s.arg(edge.waiter)
                    .arg(edge.blocker)
                    .arg(node);
        }
    }
    return {};
}

// Samples in which `waits` wait, one after another.
void feed(LockGraphView& view, const QList<QList<LockWait>>& samples) {
    qint64 ns = 0;
    for (const QList<LockWait>& waits : samples) {
        MonitorSample sample;
        sample.elapsedNs = ns += 100'000'000;
        sample.waits = waits;
        view.addSample(sample);
    }
}

} // namespace

class TestRaceViews : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        test::installStrictMessageHandler();
    }

    void cleanupTestCase() { m_window.reset(); }

    void timelineDrawsAHundredThousandAttemptsWithinTwoSegmentsPerPixel() {
        const StrategyScript naive = builtin(u"naive"_s);
        Timeline model;
        model.setScript(naive);
        model.addRecords(syntheticRun(naive));
        QCOMPARE(model.attemptCount(), 100'000);

        TimelinePanel panel;
        Theme theme;
        theme.baseFont = QApplication::font();
        panel.applyTheme(theme);
        panel.setTimeline(&model);
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

        const std::optional<RunResult> run = startAndWait(*m_window);
        QVERIFY(run);
        const RunResult& result = *run;
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(result.audit);
        QVERIFY2(result.audit->drift() != 0, qPrintable(result.audit->verdict()));
        QCOMPARE(m_window->verdictBanner()->state(), VerdictBanner::State::Inconsistent);

        QCOMPARE(race->timelineData().attemptCount(), qsizetype(result.counters.attempts));
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

    void forShareRetriesShowTheirDeadlocksInLogCountAndDetails() {
        QVERIFY(m_window);
        QVERIFY(m_window->strategyPanel()->selectId(u"for-share"_s));
        test::setLoad(*m_window, 5, 20, 5, 0);
        QCOMPARE(m_window->parameterPanel()->maxTries()->value(), 10);
        m_window->showNormal();
        m_window->resize(1280, 720);
        RaceViews* race = m_window->raceViews();
        race->setCurrentWidget(m_window->eventLog());

        const std::optional<RunResult> run = startAndWait(*m_window);
        QVERIFY(run);
        const RunResult& result = *run;
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(result.counters.deadlocks > 0);

        EventLogView* log = m_window->eventLog();
        const int all = log->model()->rowCount();
        QCOMPARE(qint64(all), result.counters.attempts);
        QCOMPARE(log->countLabel()->text(), u"(%1 shown, newest last)"_s.arg(all));
        log->troubleOnly()->setChecked(true);
        const QAbstractItemModel* shown = log->table()->model();
        QVERIFY(shown->rowCount() > 0 && shown->rowCount() < all);
        // The header counts the rows the filter keeps, not the rows the log holds.
        QCOMPARE(log->countLabel()->text(),
                 u"(%1 of %2 shown, newest last)"_s.arg(shown->rowCount()).arg(all));
        int retriedAndDone = 0;
        for (int row = 0; row < shown->rowCount(); ++row) {
            const int tries = shown->index(row, EventLogModel::Tries).data().toInt();
            const QString state = shown->index(row, EventLogModel::SqlState).data().toString();
            const auto outcome =
                AttemptOutcome(shown->index(row, 0).data(EventLogModel::outcomeRole).toInt());
            QVERIFY2(tries > 1 || EventLogModel::isTrouble(outcome), qPrintable(state));
            QVERIFY2(
                state.contains(u"40P01"_s),
                qPrintable(u"row %1: tries %2, SQLSTATE '%3'"_s.arg(row).arg(tries).arg(state)));
            if (!EventLogModel::isTrouble(outcome))
                ++retriedAndDone;
        }
        QVERIFY(retriedAndDone > 0); // "reserved" or "full" after a deadlocked try
        QTRY_VERIFY(log->countLabel()->width() >= log->countLabel()->sizeHint().width());
        QCOMPARE(race->victims().size(), qsizetype(shown->rowCount()));
        test::saveScreenshot(m_window.get(), u"window-eventlog-retries"_s);
        log->troubleOnly()->setChecked(false);
        QCOMPARE(log->countLabel()->text(), u"(%1 shown, newest last)"_s.arg(all));

        // A victim's details: labelled fields in order, the DETAIL by worker names.
        qint64 victim = 0;
        for (qint64 sequence : race->victims()) {
            const auto attempt = race->timelineData().attempt(sequence);
            if (attempt && !attempt->record.errorDetail.isEmpty() &&
                !EventLogModel::isTrouble(attempt->record.outcome))
                victim = sequence;
        }
        QVERIFY(victim != 0);
        race->setCurrentWidget(race->timeline());
        race->timeline()->view()->select(victim);
        const AttemptRecord record = race->timelineData().attempt(victim)->record;
        const QString details = race->timeline()->details()->toPlainText();
        const QString fields = u"user %1 · session %2 · tries %3 · %4 · "_s.arg(record.user)
                                   .arg(record.session)
                                   .arg(record.tries)
                                   .arg(outcomeWord(record.outcome));
        QVERIFY2(details.contains(fields), qPrintable(details));
        QVERIFY2(details.contains(u"failed tries: SQLSTATE 40P01"_s), qPrintable(details));
        QVERIFY2(!details.contains(u"Process "_s) && !details.contains(u"process "_s),
                 qPrintable(details));
        QVERIFY2(details.contains(u"worker %1 waits for "_s.arg(record.worker)),
                 qPrintable(details));
        QVERIFY2(details.contains(u"; blocked by worker "_s), qPrintable(details));
        test::saveScreenshot(m_window.get(), u"window-timeline-victim"_s);

        // The log's tooltip of the same attempt names the workers too.
        const int sourceRow = log->model()->rowOf(victim);
        QVERIFY(sourceRow >= 0);
        const QString tip =
            log->model()->index(sourceRow, EventLogModel::Message).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"SQLSTATE 40P01"_s) && tip.contains(u"; blocked by worker "_s),
                 qPrintable(tip));
        QVERIFY2(!tip.contains(u"Process "_s), qPrintable(tip));
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

        const std::optional<RunResult> run = startAndWait(*m_window);
        QVERIFY(run);
        const RunResult& result = *run;
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(result.counters.deadlocks > 0);

        QCOMPARE(race->victims().size(), qsizetype(result.counters.deadlocks));
        QCOMPARE(race->timeline()->view()->victims(), race->victims());
        const WaitCycle cycle = race->lockGraph()->deadlockCycle();
        QVERIFY(cycle.workers.size() >= 2);
        QVERIFY(!cycle.workers.contains(0));
        QVERIFY(race->lockGraph()->deadlockCaption()->isVisibleTo(race->lockGraph()));
        QVERIFY(race->lockGraph()->deadlockCaption()->text().contains(cycle.describe()));
        QVERIFY2(!race->lockGraph()->deadlockCaption()->toolTip().contains(u"Process"_s),
                 qPrintable(race->lockGraph()->deadlockCaption()->toolTip()));

        // In the default window: every worker, arcs that pass over the others, labels whole.
        QCoreApplication::processEvents();
        auto* graph = race->lockGraph()->findChild<WaitGraphCanvas*>(u"waitGraphCanvas"_s);
        auto* deadlock = race->lockGraph()->findChild<WaitGraphCanvas*>(u"deadlockCanvas"_s);
        QVERIFY(graph && deadlock);
        QCOMPARE(graph->layout().nodes, (QList<int>{1, 2, 3, 4, 5}));
        QVERIFY(graph->edges().size() >= 1);
        // The run's waits happened at different times: lines without direction, no cycle.
        for (const WaitGraphCanvas::Edge& edge : graph->edges())
            QVERIFY(!edge.directed && !edge.inCycle);
        QVERIFY2(misplacedCount(graph).isEmpty(), qPrintable(misplacedCount(graph)));
        // The deadlock in words: workers and the session whose row each held.
        const QString story = race->lockGraph()->deadlockCaption()->toolTip();
        QVERIFY2(story.contains(u"which held session "_s), qPrintable(story));
        QVERIFY2(unreadable(graph).isEmpty(), qPrintable(unreadable(graph)));
        QCOMPARE(deadlock->layout().nodes.size(), cycle.workers.size());
        QVERIFY2(unreadable(deadlock).isEmpty(), qPrintable(unreadable(deadlock)));
        qInfo("lock graph %dx%d, node radius %.1f; deadlock %dx%d", graph->width(), graph->height(),
              graph->layout().nodeRadius, deadlock->width(), deadlock->height());
        test::saveScreenshot(m_window.get(), u"window-locks"_s);

        // Every lane of the timeline labelled, none thinner than a line of text.
        race->setCurrentWidget(race->timeline());
        QCoreApplication::processEvents();
        TimelineView* timeline = race->timeline()->view();
        for (int worker = 1; worker <= 5; ++worker)
            QVERIFY(timeline->laneRect(worker).height() >= timeline->minimumLaneHeight());
        QVERIFY(timeline->minimumLaneHeight() > QFontMetrics(timeline->font()).height());
        qInfo("timeline %dx%d, lanes %d px", timeline->width(), timeline->height(),
              timeline->laneRect(1).height());
        test::saveScreenshot(m_window.get(), u"window-timeline-deadlocks"_s);
        m_window->parameterPanel()->maxTries()->setValue(10);
    }

    // multi-ordered: worker 1 waited for worker 2 once, later worker 2 for worker 1. Never at
    // the same time, so the graph of the run must not draw a cycle: one line without direction.
    void waitsAtDifferentTimesDrawNoCycle() {
        LockGraphView view;
        view.resize(900, 300);
        view.clear(5);
        feed(view, {{{1, 2, 101, 102}}, {}, {{2, 1, 102, 101}}});
        auto* canvas = view.findChild<WaitGraphCanvas*>(u"waitGraphCanvas"_s);
        QVERIFY(canvas);
        // While the run goes on: the wait of now an arrow, the earlier one a grey line apart.
        QCOMPARE(canvas->edges().size(), 1);
        QVERIFY(canvas->edges().first().directed && canvas->edges().first().live);
        QVERIFY(view.current().cycle().isEmpty());
        feed(view, {{}});
        QCOMPARE(canvas->edges().size(), 1);
        QVERIFY(!canvas->edges().first().directed);
        view.showRunSummary();
        QCOMPARE(canvas->edges().size(), 1);
        const WaitGraphCanvas::Edge edge = canvas->edges().first();
        QVERIFY(!edge.directed && !edge.live && !edge.inCycle);
        QCOMPARE(edge.seen, 2);
        QVERIFY(!view.findChild<QLabel*>(u"lockGraphCaption"_s)->text().contains(u"Cycle"_s));
        // A real cycle of now is drawn as one: two arrows, both in the cycle.
        feed(view, {{{1, 2, 101, 102}, {2, 1, 102, 101}}});
        QCOMPARE(canvas->edges().size(), 2);
        for (const WaitGraphCanvas::Edge& now : canvas->edges())
            QVERIFY(now.directed && now.inCycle);
    }

    // From two workers to 64, each in a wide, a square and a short canvas: nodes inside and
    // apart, lines clear of the nodes they do not join, every count on its own line.
    void lockGraphLaysOutTwoToSixtyFourWorkersWithCountsOnTheirLines() {
        for (const int workers : {2, 3, 5, 8, 16, 64}) {
            QList<WaitGraphCanvas::Edge> edges;
            for (int w = 1; w <= workers; ++w) {
                const int next = w % workers + 1;
                const int far = (w + workers / 2 - 1) % workers + 1;
                edges.append(WaitGraphCanvas::Edge{w, next, w + 1, false, false, false});
                if (far != next && far != w && w < far)
                    edges.append(WaitGraphCanvas::Edge{w, far, 2, false, false, false});
            }
            for (const QSize size : {QSize(900, 260), QSize(600, 600), QSize(1800, 500)}) {
                WaitGraphCanvas canvas;
                Theme theme;
                theme.baseFont = QApplication::font();
                canvas.applyTheme(theme);
                canvas.setGraph(workers, edges);
                canvas.resize(size);
                const WaitGraphCanvas::Layout layout = canvas.layout();
                const QString name =
                    u"%1 workers at %2×%3"_s.arg(workers).arg(size.width()).arg(size.height());
                QCOMPARE(layout.nodes.size(), workers);
                const double r = layout.nodeRadius;
                for (int a = 0; a < workers; ++a) {
                    const QPointF p = layout.position.value(layout.nodes[a]);
                    QVERIFY2(
                        QRectF(canvas.rect()).contains(QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r)),
                        qPrintable(name));
                    for (int b = a + 1; b < workers; ++b)
                        QVERIFY2(QLineF(p, layout.position.value(layout.nodes[b])).length() > 2 * r,
                                 qPrintable(name + u": nodes overlap"_s));
                }
                if (workers <= 16)
                    QVERIFY2(unreadable(&canvas).isEmpty(),
                             qPrintable(name + u": "_s + unreadable(&canvas)));
                // 64 workers leave some short lines no room for a count: those are left out.
                const QString misplaced = misplacedCount(&canvas, workers <= 16);
                QVERIFY2(misplaced.isEmpty(), qPrintable(name + u": "_s + misplaced));
            }
        }
    }

    void deadlockViewsReadInGermanAtBothWindowSizes() {
        const test::GermanCatalogue inGerman(QStringLiteral(SEATSIM_GERMAN_QM));
        QVERIFY(inGerman.loaded());
        std::unique_ptr<MainWindow> window;
        test::openWindow(window, kSchema, QSize(1280, 720));
        QVERIFY(window->strategyPanel()->selectId(u"for-share"_s));
        test::setLoad(*window, 5, 20, 5, 0);
        const std::optional<RunResult> run = startAndWait(*window);
        QVERIFY(run);
        const RunResult& result = *run;
        QVERIFY2(result.completed(), qPrintable(result.error));
        QVERIFY(result.counters.deadlocks > 0);

        RaceViews* race = window->raceViews();
        window->eventLog()->troubleOnly()->setChecked(true);
        qint64 victim = 0;
        for (qint64 sequence : race->victims()) {
            const auto attempt = race->timelineData().attempt(sequence);
            if (attempt && !attempt->record.errorDetail.isEmpty())
                victim = sequence;
        }
        QVERIFY(victim != 0);
        race->timeline()->view()->select(victim);
        const QString details = race->timeline()->details()->toPlainText();
        QVERIFY2(details.contains(u"; blockiert von Worker "_s), qPrintable(details));
        QVERIFY2(details.contains(u"Versuche: "_s), qPrintable(details));
        auto* graph = race->lockGraph()->findChild<WaitGraphCanvas*>(u"waitGraphCanvas"_s);
        for (QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
            window->resize(size);
            for (QWidget* tab : {static_cast<QWidget*>(window->eventLog()),
                                 static_cast<QWidget*>(race->timeline()),
                                 static_cast<QWidget*>(race->lockGraph())}) {
                race->setCurrentWidget(tab);
                QCoreApplication::processEvents();
                test::saveScreenshot(window.get(), u"window-de-"_s + tab->objectName());
            }
            QVERIFY2(unreadable(graph).isEmpty(), qPrintable(unreadable(graph)));
            QCOMPARE(graph->layout().nodes.size(), 5);
        }
    }
};

QTEST_MAIN(TestRaceViews)
#include "tst_raceviews.moc"
