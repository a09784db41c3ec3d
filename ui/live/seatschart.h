#pragma once

#include "engine/snapshot.h"
#include "live/seriesbuffer.h"
#include "style/theme.h"

#include <QChartView>

class QLineSeries;
class QValueAxis;

namespace seatsim {

// Free, occupied and their sum over the run, against a line at the capacity: a lost update
// lifts the sum off that line.
class SeatsChart : public QChartView {
    Q_OBJECT
public:
    explicit SeatsChart(QWidget* parent = nullptr);

    // expectedSeconds: how long the run should take, so the line grows into a fixed time axis
    // instead of rescaling it with every point.
    void clear(int capacity, double expectedSeconds = 5.0);
    void addSnapshot(const Snapshot& snapshot);
    void addAudit(qint64 elapsedMs, const Audit& audit);
    void applyTheme(const Theme& theme);

    QLineSeries* totalSeries() const { return m_total; }
    QLineSeries* capacitySeries() const { return m_capacityLine; }

private:
    void publish();

    SeriesBuffer m_freePoints;
    SeriesBuffer m_occupiedPoints;
    SeriesBuffer m_totalPoints;
    QLineSeries* m_free = nullptr;
    QLineSeries* m_occupied = nullptr;
    QLineSeries* m_total = nullptr;
    QLineSeries* m_capacityLine = nullptr;
    QValueAxis* m_x = nullptr;
    QValueAxis* m_y = nullptr;
    int m_capacity = 40;
    double m_expectedSeconds = 5.0;
    int m_highest = 0;
    int m_lowest = 0; // a script without the seats > 0 check sells seats below zero
    qint64 m_lastMs = -1;
    bool m_extended = false; // the newest points move with time while the audit stays
    std::optional<Audit> m_lastAudit;
    Theme m_theme;
};

} // namespace seatsim
