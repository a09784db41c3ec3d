#include "race/raceviews.h"

#include "analysis/waitgraph.h"
#include "common/sqlstate.h"
#include "engine/recordstore.h"
#include "live/eventlogmodel.h"
#include "live/eventlogview.h"
#include "race/lockgraphview.h"
#include "race/lostupdatesview.h"
#include "race/timelineview.h"
#include "race/writeskewview.h"

#include <QTabBar>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
constexpr qsizetype maxPullPerSnapshot = 50'000;
constexpr qsizetype keptDeadlocks = 8;
} // namespace

RaceViews::RaceViews(EventLogView* eventLog, QWidget* parent)
    : QTabWidget(parent)
    , m_eventLog(eventLog) {
    setObjectName(u"raceViews"_s);
    setDocumentMode(true);
    m_timeline = new TimelinePanel;
    m_lostUpdates = new LostUpdatesView;
    m_writeSkew = new WriteSkewView;
    m_lockGraph = new LockGraphView;
    addTab(m_eventLog, tr("Event log"));
    addTab(m_timeline, tr("Timeline"));
    addTab(m_lostUpdates, tr("Lost updates"));
    addTab(m_writeSkew, tr("Write skew"));
    addTab(m_lockGraph, tr("Locks"));
    setTabVisible(indexOf(m_writeSkew), false);
    m_timeline->setTimeline(&m_timelineData);
    // The charts above keep their height: the tabs ask no more room than the log alone did.
    setMinimumHeight(tabBar()->sizeHint().height() + 90);
    const auto showInTimeline = [this](const QList<qint64>& sequences) {
        setCurrentWidget(m_timeline);
        m_timeline->view()->setHighlighted(sequences);
        if (!sequences.isEmpty())
            m_timeline->view()->select(sequences.constLast());
    };
    connect(m_lostUpdates, &LostUpdatesView::lostUpdateSelected, this, showInTimeline);
    connect(m_writeSkew, &WriteSkewView::pairSelected, this, showInTimeline);
}

void RaceViews::clear(const StrategyScript& script, int workers, Exercise exercise) {
    const bool writeSkew = seatLimitOf(exercise) > 0;
    const bool onAnalysis = currentWidget() == m_lostUpdates || currentWidget() == m_writeSkew;
    setTabVisible(indexOf(m_lostUpdates), !writeSkew);
    setTabVisible(indexOf(m_writeSkew), writeSkew);
    if (onAnalysis)
        setCurrentWidget(writeSkew ? static_cast<QWidget*>(m_writeSkew) : m_lostUpdates);
    m_writeSkew->clear();
    m_script = script;
    m_timelineData.clear();
    m_timelineData.setScript(script);
    m_eventLog->model()->setScript(script);
    m_victims.clear();
    m_deadlocked.clear();
    m_deadlocks = 0;
    m_lastSampleNs = -1;
    setWorkerOfBackend({});
    m_timeline->clear();
    m_lostUpdates->clear();
    m_lockGraph->clear(workers);
}

void RaceViews::start(const StrategyScript& script, int workers, Exercise exercise) {
    clear(script, workers, exercise);
    m_lostUpdates->setRunning();
    m_writeSkew->setRunning();
}

void RaceViews::pull(const RecordStore& records) {
    const QList<AttemptRecord> fresh =
        records.since(m_timelineData.lastSequence(), maxPullPerSnapshot);
    if (fresh.isEmpty())
        return;
    m_timelineData.addRecords(fresh);
    for (const AttemptRecord& record : fresh) {
        // A victim whose retry booked was still cancelled by the server once.
        const int deadlocks = record.failedTriesWith(sqlstate::deadlock);
        if (deadlocks == 0)
            continue;
        m_deadlocks += deadlocks;
        m_victims.insert(record.sequence);
        m_deadlocked.append(record);
        if (m_deadlocked.size() > keptDeadlocks)
            m_deadlocked.removeFirst();
    }
    m_timeline->view()->setVictims(m_victims);
}

void RaceViews::setWorkerOfBackend(const QMap<int, int>& workerOfBackend) {
    if (m_workerOfBackend == workerOfBackend)
        return;
    m_workerOfBackend = workerOfBackend;
    m_timeline->setWorkerOfBackend(workerOfBackend);
    m_eventLog->model()->setWorkerOfBackend(workerOfBackend);
}

void RaceViews::addSnapshot(const Snapshot& snapshot, const RecordStore& records) {
    if (!snapshot.workerOfBackend.isEmpty())
        setWorkerOfBackend(snapshot.workerOfBackend);
    // Samples before the records they cover, as the timeline wants them.
    if (snapshot.monitor.elapsedNs != m_lastSampleNs) {
        m_lastSampleNs = snapshot.monitor.elapsedNs;
        m_timelineData.addMonitorSample(snapshot.monitor);
        m_lockGraph->addSample(snapshot.monitor);
    }
    pull(records);
    if (currentWidget() == m_timeline)
        m_timeline->timelineUpdated();
}

void RaceViews::finish(const RunResult& result, const RecordStore& records) {
    pull(records);
    setWorkerOfBackend(result.workerOfBackend);
    m_timeline->timelineUpdated();
    m_lockGraph->showRunSummary();
    const auto workerOf = [&](int pid) {
        return result.workerOfBackend.value(pid);
    };
    for (auto it = m_deadlocked.crbegin(); it != m_deadlocked.crend(); ++it) {
        WaitCycle cycle = WaitGraph::parseDeadlockDetail(it->errorDetail, workerOf);
        if (!cycle.isEmpty()) {
            cycle.attachSessions(*it);
            m_lockGraph->setDeadlock(cycle, it->errorDetail, m_deadlocks);
            break;
        }
    }
    if (!result.audit) {
        m_lostUpdates->clear();
        m_writeSkew->clear();
    } else if (result.audit->seatLimit > 0) {
        m_writeSkew->setAnalysis(WriteSkew::analyse(records.since(0), *result.audit, m_script),
                                 result.verdict);
    } else {
        m_lostUpdates->setAnalysis(LostUpdates::analyse(records.since(0), *result.audit, m_script),
                                   result.verdict);
    }
}

void RaceViews::applyTheme(const Theme& theme) {
    tabBar()->setFont(theme.font(0.95, true));
    m_timeline->applyTheme(theme);
    m_lostUpdates->applyTheme(theme);
    m_writeSkew->applyTheme(theme);
    m_lockGraph->applyTheme(theme);
}

} // namespace seatsim
