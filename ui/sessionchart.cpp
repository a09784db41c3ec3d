#include "sessionchart.h"

#include "chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QPainter>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
QBrush hatched(const QColor& color, const QColor& stripes, int size) {
    QPixmap tile(size, size);
    tile.fill(color);
    QPainter painter(&tile);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(stripes, qMax(1.5, size / 6.0)));
    painter.drawLine(0, size, size, 0);
    painter.drawLine(-size / 2, size / 2, size / 2, -size / 2);
    painter.drawLine(size / 2, size + size / 2, size + size / 2, size / 2);
    return QBrush(tile);
}
} // namespace

SessionChart::SessionChart(QWidget* parent)
    : QChartView(parent) {
    setObjectName(u"sessionChart"_s);
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->setTitle(tr("Seats per session"));
    m_series = new QHorizontalStackedBarSeries(chart);
    m_series->setBarWidth(0.7);
    m_occupied = new QBarSet(tr("occupied"), m_series);
    m_free = new QBarSet(tr("free"), m_series);
    m_overbooked = new QBarSet(tr("overbooked"), m_series);
    m_occupied->setObjectName(u"occupiedSet"_s);
    m_free->setObjectName(u"freeSet"_s);
    m_overbooked->setObjectName(u"overbookedSet"_s);
    m_series->append(m_occupied);
    m_series->append(m_free);
    m_series->append(m_overbooked);
    chart->addSeries(m_series);
    m_categories = new QBarCategoryAxis(chart);
    m_categories->setTitleText(tr("session (capacity)"));
    m_y = new QValueAxis(chart);
    m_y->setLabelFormat(u"%d"_s);
    m_y->setTitleText(tr("seats"));
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_y, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_y);
    // QChartView starts with a chart of its own, and setChart() releases it without deleting.
    QChart* placeholder = this->chart();
    setChart(chart);
    delete placeholder;
    setCapacities({4, 4, 5, 5, 4, 10, 5, 3});
    applyTheme(m_theme);
}

void SessionChart::setCapacities(const QList<int>& capacities) {
    m_capacities = capacities;
    QStringList labels;
    m_highest = 0;
    for (int i = 0; i < capacities.size(); ++i) {
        labels.prepend(tr("%1 (%2)").arg(i + 1).arg(capacities.at(i)));
        m_highest = qMax(m_highest, capacities.at(i));
    }
    m_categories->clear();
    m_categories->append(labels);
    QList<qreal> occupied, free, overbooked;
    for (int seats : capacities) {
        occupied.prepend(0);
        free.prepend(seats);
        overbooked.prepend(0);
    }
    setValues(m_occupied, occupied);
    setValues(m_free, free);
    setValues(m_overbooked, overbooked);
    updateRange();
}

void SessionChart::setAudit(const Audit& audit) {
    QList<int> capacities;
    for (const SessionAudit& session : audit.sessions)
        capacities.append(session.capacity);
    if (capacities != m_capacities)
        setCapacities(capacities);
    QList<qreal> occupied, free, overbooked;
    for (const SessionAudit& session : audit.sessions) {
        occupied.prepend(qMin(session.registrations, session.capacity));
        free.prepend(qMax(session.free, 0));
        overbooked.prepend(qMax(session.registrations - session.capacity, 0));
        m_highest =
            qMax(m_highest, qMin(session.registrations, session.capacity) + qMax(session.free, 0) +
                                qMax(session.registrations - session.capacity, 0));
    }
    setValues(m_occupied, occupied);
    setValues(m_free, free);
    setValues(m_overbooked, overbooked);
    updateRange();
}

void SessionChart::applyTheme(const Theme& theme) {
    m_theme = theme;
    styleChart(chart(), theme, false);
    const QPen outline(theme.projector ? Qt::black : QColor(0x40, 0x40, 0x40), theme.lineWidth(1));
    m_occupied->setBrush(okabeIto::orange);
    m_free->setBrush(okabeIto::blue);
    m_overbooked->setBrush(hatched(okabeIto::vermillion, Qt::black, theme.projector ? 14 : 10));
    for (QBarSet* set : {m_occupied, m_free, m_overbooked}) {
        set->setPen(outline);
        set->setLabelFont(theme.font(0.9));
    }
    styleAxis(m_categories, theme);
    styleAxis(m_y, theme);
    m_categories->setGridLineVisible(false);
    m_categories->setLabelsFont(theme.font(theme.projector ? 0.8 : 0.95));
    m_y->setGridLineColor(theme.grid());
}

void SessionChart::updateRange() {
    const int top = m_highest + 1;
    m_y->setTickType(QValueAxis::TicksDynamic);
    m_y->setTickAnchor(0);
    m_y->setTickInterval(niceInterval(top, 4));
    m_y->setRange(0, top);
}

void SessionChart::setValues(QBarSet* set, const QList<qreal>& values) {
    if (set->count() != values.size()) {
        set->remove(0, set->count());
        set->append(values);
        return;
    }
    for (int i = 0; i < values.size(); ++i) {
        if (set->at(i) != values.at(i))
            set->replace(i, values.at(i));
    }
}

} // namespace seatsim
