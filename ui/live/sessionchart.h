#pragma once

#include "server/audit.h"
#include "style/theme.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace seatsim {

// One stacked bar per session, session 1 on top: occupied within its capacity, free, and
// overbooked at the end in a hatched warning colour. A session whose free + occupied is not
// its capacity shows the difference hatched in yellow: seats that appeared beyond the
// capacity, or the gap of seats that vanished. The axis names each session with its
// capacity; bars lie down so that those names have room also in large type.
class SessionChart : public QChartView {
    Q_OBJECT
public:
    explicit SessionChart(QWidget* parent = nullptr);

    void setCapacities(const QList<int>& capacities);
    void setAudit(const Audit& audit);
    void applyTheme(const Theme& theme);

    QBarSet* occupiedSet() const { return m_occupied; }
    QBarSet* mismatchSet() const { return m_mismatch; }
    // Sessions (1-based ids) that are marked: overbooked, or free + occupied ≠ capacity.
    QList<int> markedSessions() const { return m_marked; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void setValues(QBarSet* set, const QList<qreal>& values);
    void setLabels();
    void showMismatchInLegend();
    // The legend's entries in one row across the chart: its type steps down rather than be cut.
    void fitLegend();
    void updateRange();
    // Each session's label in the height its bar has, the axis title only where it fits.
    void fitLabels(const QRectF& plotArea);

    QHorizontalStackedBarSeries* m_series = nullptr;
    QBarSet* m_occupied = nullptr;
    QBarSet* m_free = nullptr;
    QBarSet* m_overbooked = nullptr;
    QBarSet* m_mismatch = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    QValueAxis* m_y = nullptr;
    QList<int> m_capacities;
    int m_labelStep = 1; // every bar labelled, or every other one
    QList<int> m_marked;
    int m_highest = 0;
    Theme m_theme;
};

} // namespace seatsim
