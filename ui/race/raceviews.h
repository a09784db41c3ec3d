#pragma once

#include "analysis/lostupdates.h"
#include "analysis/timeline.h"
#include "engine/runresult.h"
#include "engine/snapshot.h"
#include "style/theme.h"

#include <QSet>
#include <QTabWidget>

namespace seatsim {

class EventLogView;
class LockGraphView;
class LostUpdatesView;
class RecordStore;
class TimelinePanel;
class WriteSkewView;

// The tabs under the charts: the event log, and what shows the room why a run went wrong —
// the per-worker timeline, the lost updates and the wait-for graph. Fed from the window's
// snapshots and records; it never runs SQL.
class RaceViews : public QTabWidget {
    Q_OBJECT
public:
    explicit RaceViews(EventLogView* eventLog, QWidget* parent = nullptr);

    // Empty views for `script` in `exercise`: nothing has run yet. An exercise with a seat
    // limit shows its write-skew pairs in the place of the lost updates.
    void clear(const StrategyScript& script, int workers, Exercise exercise = Exercise::Seats);
    // Empty views for a run of `script` that begins now.
    void start(const StrategyScript& script, int workers, Exercise exercise = Exercise::Seats);
    // During a run, at the snapshot rate.
    void addSnapshot(const Snapshot& snapshot, const RecordStore& records);
    // After a run: the rest of the records, the lost updates against the audit, the deadlocks.
    void finish(const RunResult& result, const RecordStore& records);
    void applyTheme(const Theme& theme);

    const Timeline& timelineData() const { return m_timelineData; }
    TimelinePanel* timeline() const { return m_timeline; }
    LostUpdatesView* lostUpdates() const { return m_lostUpdates; }
    WriteSkewView* writeSkew() const { return m_writeSkew; }
    LockGraphView* lockGraph() const { return m_lockGraph; }
    QSet<qint64> victims() const { return m_victims; }

private:
    void pull(const RecordStore& records);
    void setWorkerOfBackend(const QMap<int, int>& workerOfBackend);

    Timeline m_timelineData;
    StrategyScript m_script;
    QSet<qint64> m_victims;
    QList<AttemptRecord> m_deadlocked; // the latest few, for their DETAIL
    int m_deadlocks = 0;
    QMap<int, int> m_workerOfBackend;
    qint64 m_lastSampleNs = -1;
    EventLogView* m_eventLog = nullptr;
    TimelinePanel* m_timeline = nullptr;
    LostUpdatesView* m_lostUpdates = nullptr;
    WriteSkewView* m_writeSkew = nullptr;
    LockGraphView* m_lockGraph = nullptr;
};

} // namespace seatsim
