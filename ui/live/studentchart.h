#pragma once

#include "server/audit.h"
#include "style/theme.h"

#include <QChartView>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QValueAxis;

namespace seatsim {

// Who holds how many seats, from the table (registrations grouped by user_id): one bar per
// student (student 1 on top), the seats within the exercise's limit, those beyond it hatched in the
// warning colour, and the students over the limit named with a ✗ in the legend
// ("✗ over 2: 5, 8").
class StudentChart : public QChartView {
    Q_OBJECT
public:
    explicit StudentChart(QWidget* parent = nullptr);

    // Empty bars for students 1..users under `seatLimit`.
    void clear(int users, int seatLimit);
    void setAudit(const Audit& audit);
    void applyTheme(const Theme& theme);

    // Students (user ids) shown over the limit.
    QList<int> overLimit() const { return m_overLimit; }
    QBarSet* withinSet() const { return m_within; }
    QBarSet* overSet() const { return m_over; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitLabels(const QRectF& plotArea);
    void show(const QMap<int, int>& seatsByStudent);

    QHorizontalStackedBarSeries* m_series = nullptr;
    QBarSet* m_within = nullptr;
    QBarSet* m_over = nullptr;
    QBarCategoryAxis* m_categories = nullptr;
    QValueAxis* m_y = nullptr;
    int m_users = 0;
    int m_seatLimit = 0;
    QList<int> m_overLimit;
    Theme m_theme;
};

} // namespace seatsim
