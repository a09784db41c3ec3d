#include "live/seatschart.h"

#include "style/chartstyle.h"

#include <QChart>
#include <QLineSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace seatsim {

SeatsChart::SeatsChart(QWidget* parent)
    : QChartView(parent) {
    setObjectName(u"seatsChart"_s);
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->setTitle(tr("Seats over time"));
    m_capacityLine = new QLineSeries(chart);
    m_free = new QLineSeries(chart);
    m_occupied = new QLineSeries(chart);
    m_total = new QLineSeries(chart);
    m_capacityLine->setName(tr("capacity"));
    m_free->setName(tr("free"));
    m_occupied->setName(tr("occupied"));
    m_total->setName(tr("free + occupied"));
    m_free->setObjectName(u"freeSeries"_s);
    m_occupied->setObjectName(u"occupiedSeries"_s);
    m_total->setObjectName(u"totalSeries"_s);
    m_capacityLine->setObjectName(u"capacitySeries"_s);
    for (QLineSeries* series : {m_capacityLine, m_free, m_occupied, m_total})
        chart->addSeries(series);
    m_x = new QValueAxis(chart);
    m_x->setTitleText(tr("seconds"));
    m_y = new QValueAxis(chart);
    m_y->setTitleText(tr("seats"));
    m_y->setLabelFormat(u"%d"_s);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QLineSeries* series : {m_capacityLine, m_free, m_occupied, m_total}) {
        series->attachAxis(m_x);
        series->attachAxis(m_y);
    }
    // QChartView starts with a chart of its own, and setChart() releases it without deleting.
    QChart* placeholder = this->chart();
    setChart(chart);
    delete placeholder;
    clear(40);
    applyTheme(m_theme);
}

void SeatsChart::clear(int capacity, double expectedSeconds) {
    m_capacity = capacity;
    m_expectedSeconds = qMax(0.5, expectedSeconds);
    m_highest = capacity;
    m_lowest = 0;
    m_lastMs = -1;
    m_extended = false;
    m_lastAudit.reset();
    m_freePoints.clear();
    m_occupiedPoints.clear();
    m_totalPoints.clear();
    publish();
}

void SeatsChart::addSnapshot(const Snapshot& snapshot) {
    if (snapshot.monitor.audit)
        addAudit(snapshot.elapsedMs, *snapshot.monitor.audit);
}

void SeatsChart::addAudit(qint64 elapsedMs, const Audit& audit) {
    // Snapshots come at 20 Hz, new audits less often: an unchanged audit carries the line on
    // to the present with one moving point, so time runs smoothly on screen (a repaint per
    // snapshot) without a point per snapshot.
    if (elapsedMs < m_lastMs)
        return;
    const bool same = m_lastAudit && *m_lastAudit == audit;
    if (same) {
        const qreal now = elapsedMs / 1000.0;
        if (!m_extended) {
            m_freePoints.append({now, qreal(audit.free())});
            m_occupiedPoints.append({now, qreal(audit.occupied())});
            m_totalPoints.append({now, qreal(audit.free() + audit.occupied())});
            m_extended = true;
        } else {
            for (SeriesBuffer* buffer : {&m_freePoints, &m_occupiedPoints, &m_totalPoints})
                buffer->extendTo(now);
        }
        publish();
        return;
    }
    m_extended = false;
    m_lastMs = elapsedMs;
    m_lastAudit = audit;
    m_capacity = audit.capacity();
    const qreal x = elapsedMs / 1000.0;
    m_freePoints.append({x, qreal(audit.free())});
    m_occupiedPoints.append({x, qreal(audit.occupied())});
    m_totalPoints.append({x, qreal(audit.free() + audit.occupied())});
    m_highest = qMax(m_highest,
                     qMax(audit.free() + audit.occupied(), qMax(audit.free(), audit.occupied())));
    m_lowest = qMin(m_lowest, qMin(audit.free(), audit.free() + audit.occupied()));
    publish();
}

void SeatsChart::applyTheme(const Theme& theme) {
    m_theme = theme;
    styleChart(chart(), theme, true);
    m_capacityLine->setPen(theme.pen(Qt::black, 1.5, Qt::DotLine));
    m_free->setPen(theme.pen(okabeIto::blue, 2.5));
    m_occupied->setPen(theme.pen(okabeIto::orange, 2.5, Qt::DashLine));
    m_total->setPen(theme.pen(okabeIto::vermillion, 3.5));
    styleAxis(m_x, theme);
    styleAxis(m_y, theme);
}

void SeatsChart::publish() {
    m_free->replace(m_freePoints.points());
    m_occupied->replace(m_occupiedPoints.points());
    m_total->replace(m_totalPoints.points());
    const qreal last = m_freePoints.size() ? m_freePoints.points().last().x() : 0.0;
    const qreal end = last > m_expectedSeconds ? last * 1.1 : m_expectedSeconds;
    // The interval first: a long expected run with the old interval would mean millions of
    // ticks for one frame.
    const double xStep = niceInterval(end, 5);
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_x->setTickInterval(xStep);
    m_x->setRange(0, end);
    m_x->setLabelFormat(xStep < 1 ? u"%.1f"_s : u"%.0f"_s);
    m_capacityLine->replace(QList<QPointF>{{0, qreal(m_capacity)}, {end, qreal(m_capacity)}});
    const int top = m_highest + qMax(2, m_highest / 8);
    const int bottom = m_lowest < 0 ? m_lowest - qMax(2, -m_lowest / 8) : 0;
    m_y->setTickType(QValueAxis::TicksDynamic);
    m_y->setTickAnchor(0);
    m_y->setTickInterval(niceInterval(top - bottom, 5));
    m_y->setRange(bottom, top);
}

} // namespace seatsim
