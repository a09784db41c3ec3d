#include "raceviews.h"

#include "eventlogview.h"
#include "lockgraphview.h"
#include "lostupdatesview.h"
#include "recordstore.h"
#include "timelineview.h"
#include "waitgraph.h"

#include <QTabBar>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
constexpr qsizetype maxPullPerSnapshot = 50'000;
constexpr qsizetype keptDeadlocks = 8;
const QString deadlockState = u"40P01"_s;
} // namespace

RaceViews::RaceViews(EventLogView* eventLog, QWidget* parent)
    : QTabWidget(parent)
    , m_eventLog(eventLog) {
    setObjectName(u"raceViews"_s);
    setDocumentMode(true);
    m_timeline = new TimelinePanel;
    m_lostUpdates = new LostUpdatesView;
    m_lockGraph = new LockGraphView;
    addTab(m_eventLog, tr("Event log"));
    addTab(m_timeline, tr("Timeline"));
    addTab(m_lostUpdates, tr("Lost updates"));
    addTab(m_lockGraph, tr("Locks"));
    m_timeline->setModel(&m_model);
    // The charts above keep their height: the tabs ask no more room than the log alone did.
    setMinimumHeight(tabBar()->sizeHint().height() + 90);
    connect(m_lostUpdates, &LostUpdatesView::lostUpdateSelected, this,
            [this](const QList<qint64>& sequences) {
                setCurrentWidget(m_timeline);
                m_timeline->view()->setHighlighted(sequences);
                if (!sequences.isEmpty())
                    m_timeline->view()->select(sequences.constLast());
            });
}

void RaceViews::clear(const StrategyScript& script, int workers) {
    m_script = script;
    m_model.clear();
    m_model.setScript(script);
    m_victims.clear();
    m_deadlocked.clear();
    m_deadlocks = 0;
    m_lastSampleNs = -1;
    m_timeline->clear();
    m_lostUpdates->setRunning();
    m_lockGraph->clear(workers);
}

void RaceViews::pull(const RecordStore& records) {
    const QList<AttemptRecord> fresh = records.since(m_model.lastSequence(), maxPullPerSnapshot);
    if (fresh.isEmpty())
        return;
    m_model.addRecords(fresh);
    for (const AttemptRecord& record : fresh) {
        if (record.sqlStateText() != deadlockState)
            continue;
        ++m_deadlocks;
        m_victims.insert(record.sequence);
        m_deadlocked.append(record);
        if (m_deadlocked.size() > keptDeadlocks)
            m_deadlocked.removeFirst();
    }
    m_timeline->view()->setVictims(m_victims);
}

void RaceViews::addSnapshot(const Snapshot& snapshot, const RecordStore& records) {
    // Samples before the records they cover, as the model wants them.
    if (snapshot.monitor.elapsedNs != m_lastSampleNs) {
        m_lastSampleNs = snapshot.monitor.elapsedNs;
        m_model.addMonitorSample(snapshot.monitor);
        m_lockGraph->addSample(snapshot.monitor);
    }
    pull(records);
    if (currentWidget() == m_timeline)
        m_timeline->modelUpdated();
}

void RaceViews::finish(const RunResult& result, const RecordStore& records) {
    pull(records);
    m_timeline->modelUpdated();
    m_lockGraph->showRunSummary();
    for (auto it = m_deadlocked.crbegin(); it != m_deadlocked.crend(); ++it) {
        const WaitCycle cycle = WaitGraph::parseDeadlockDetail(
            it->errorDetail, [&](int pid) { return result.workerOfBackend.value(pid); });
        if (!cycle.isEmpty()) {
            m_lockGraph->setDeadlock(cycle, it->errorDetail, m_deadlocks);
            break;
        }
    }
    if (result.audit)
        m_lostUpdates->setAnalysis(LostUpdates::analyse(records.since(0), *result.audit, m_script));
    else
        m_lostUpdates->clear();
}

void RaceViews::applyTheme(const Theme& theme) {
    tabBar()->setFont(theme.font(0.95, true));
    m_timeline->applyTheme(theme);
    m_lostUpdates->applyTheme(theme);
    m_lockGraph->applyTheme(theme);
    // On the projector the room reads verdict and charts; the tabs wait for the normal mode
    // (the step-by-step window has its own projector layout).
    setVisible(!theme.projector);
}

} // namespace seatsim
