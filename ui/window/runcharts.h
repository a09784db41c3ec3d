#pragma once

#include "engine/runresult.h"
#include "engine/snapshot.h"
#include "style/theme.h"

#include <QWidget>

namespace seatsim {

class CounterTiles;
class SeatsChart;
class SessionChart;
class StudentChart;

// What the room watches during a run: free + occupied over time, the seats per session, in
// an exercise with a seat limit the seats per student, and the counter tiles. All of it from
// the snapshots' audits and the run's result.
class RunCharts : public QWidget {
    Q_OBJECT
public:
    explicit RunCharts(QWidget* parent = nullptr);

    // Back to "nothing has run" under `scenario` (its capacities, and its exercise's students).
    void clear(const Scenario& scenario, double expectedSeconds);
    void addSnapshot(const Snapshot& snapshot);
    void finish(const RunResult& result, qint64 waitsSeen);
    // The table as an audit found it outside a run (after a reset).
    void showAudit(const Audit& audit);
    void applyTheme(const Theme& theme);

    SeatsChart* seatsChart() const { return m_seats; }
    SessionChart* sessionChart() const { return m_sessions; }
    StudentChart* studentChart() const { return m_students; }
    CounterTiles* tiles() const { return m_tiles; }

private:
    SeatsChart* m_seats = nullptr;
    SessionChart* m_sessions = nullptr;
    StudentChart* m_students = nullptr;
    CounterTiles* m_tiles = nullptr;
};

} // namespace seatsim
