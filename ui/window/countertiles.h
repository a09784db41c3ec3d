#pragma once

#include "engine/runresult.h"
#include "engine/snapshot.h"
#include "style/theme.h"

#include <QFrame>

class QGridLayout;
class QLabel;

namespace seatsim {

// One big number with its name, readable from the back row. A tile that counts trouble turns
// into the warning colour once its number is not zero.
class CounterTile : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Trouble, Neutral };
    CounterTile(const QString& name, const QString& detail, const QString& toolTip, Kind kind,
                QWidget* parent = nullptr);

    void setValue(const QString& text, bool alarming);
    QString value() const;
    // Drawn in the alarm colour: a trouble tile whose number is not zero.
    bool isAlarming() const { return m_alarming && m_kind == Kind::Trouble; }
    // Where the detail (a SQLSTATE) goes: beside the name, on a line below it, or nowhere.
    enum class Detail { Beside, Below, Hidden };
    void placeDetail(Detail detail);
    void applyTheme(const Theme& theme);

private:
    void restyle();

    QLabel* m_value = nullptr;
    QLabel* m_name = nullptr;
    QString m_nameText;
    QString m_detailText;
    Kind m_kind;
    bool m_alarming = false;
    Theme m_theme;
};

// The anomalies of a run as tiles: drift, overbooked sessions, deadlocks, serialization
// failures, retries, other errors, lock waits and throughput.
class CounterTiles : public QWidget {
    Q_OBJECT
public:
    explicit CounterTiles(QWidget* parent = nullptr);

    void clear();
    void setSnapshot(const Snapshot& snapshot);
    // `waitsSeen`: the lock waits the monitor saw during the run (MonitorSample::waitsSeen).
    void setResult(const RunResult& result, qint64 waitsSeen);
    void applyTheme(const Theme& theme);

    CounterTile* driftTile() const { return m_drift; }
    CounterTile* waitsTile() const { return m_waits; }
    CounterTile* serializationTile() const { return m_serialization; }
    QList<CounterTile*> tiles() const { return m_tiles; }
    int columnCount() const { return m_columns; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // One row when every tile fits side by side, else two.
    int columnsFor(int width) const;
    void arrange(int columns);
    void setCounters(const RunCounters& counters);
    void setAudit(const std::optional<Audit>& audit);

    CounterTile* m_drift = nullptr;
    CounterTile* m_overbooked = nullptr;
    CounterTile* m_deadlocks = nullptr;
    CounterTile* m_serialization = nullptr;
    CounterTile* m_retries = nullptr;
    CounterTile* m_errors = nullptr;
    CounterTile* m_waits = nullptr;
    CounterTile* m_throughput = nullptr;
    QList<CounterTile*> m_tiles;
    QGridLayout* m_grid = nullptr;
    int m_columns = 0;
    bool m_projector = false;
};

} // namespace seatsim
