#pragma once

#include "audit.h"
#include "theme.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace seatsim {

// One stacked bar per session, session 1 on top: occupied within its capacity, free, and
// overbooked at the end in a hatched warning colour. The axis names each session with its
// capacity; bars lie down so that those names have room also in large type.
class SessionChart : public QChartView {
    Q_OBJECT
public:
    explicit SessionChart(QWidget* parent = nullptr);

    void setCapacities(const QList<int>& capacities);
    void setAudit(const Audit& audit);
    void applyTheme(const Theme& theme);

    QBarSet* occupiedSet() const { return m_occupied; }
    QBarSet* freeSet() const { return m_free; }
    QBarSet* overbookedSet() const { return m_overbooked; }
    QBarCategoryAxis* categoryAxis() const { return m_categories; }

private:
    void setValues(QBarSet* set, const QList<qreal>& values);
    void updateRange();

    QHorizontalStackedBarSeries* m_series = nullptr;
    QBarSet* m_occupied = nullptr;
    QBarSet* m_free = nullptr;
    QBarSet* m_overbooked = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    QValueAxis* m_y = nullptr;
    QList<int> m_capacities;
    int m_highest = 0;
    Theme m_theme;
};

} // namespace seatsim
