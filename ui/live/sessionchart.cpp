#include "live/sessionchart.h"

#include "common/exercise.h"
#include "style/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarLegendMarker>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QPainter>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace seatsim {

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
    m_mismatch = new QBarSet(tr("≠ capacity"), m_series);
    m_overbooked = new QBarSet(tr("overbooked"), m_series);
    m_occupied->setObjectName(u"occupiedSet"_s);
    m_free->setObjectName(u"freeSet"_s);
    m_overbooked->setObjectName(u"overbookedSet"_s);
    m_mismatch->setObjectName(u"mismatchSet"_s);
    m_series->append(m_occupied);
    m_series->append(m_free);
    m_series->append(m_mismatch);
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
    setCapacities(exercise::capacities());
    applyTheme(m_theme);
    connect(chart, &QChart::plotAreaChanged, this, &SessionChart::fitLabels);
    // The axis title and the labels share the axis' width; the labels come first.
    connect(m_categories, &QAbstractAxis::labelsTruncatedChanged, this, [this](bool truncated) {
        if (truncated && m_categories->isTitleVisible())
            m_categories->setTitleVisible(false);
    });
}

void SessionChart::resizeEvent(QResizeEvent* event) {
    m_categories->setTitleVisible(true); // fitLabels() and the labels decide again
    m_y->setTitleVisible(true);
    QChartView::resizeEvent(event);
    fitLegend();
}

void SessionChart::fitLabels(const QRectF& plotArea) {
    const int sessions = qMax(1, int(m_capacities.size()));
    // Qt Charts cuts a category label to "..." when it is higher than its share of the axis
    // less padding (9 px, measured).
    const qreal room = plotArea.height() / sessions - 9;
    QFont labels = m_theme.font(m_theme.projector ? 0.8 : 0.95);
    const qreal smallest = m_theme.smallestChartPointSize(labels);
    while (QFontMetricsF(labels).height() > room && labels.pointSizeF() - 0.5 >= smallest)
        labels.setPointSizeF(labels.pointSizeF() - 0.5);
    // At the smallest size the labels take the line of the value axis' title ("seats": the
    // chart's title says it) rather than shrink further or end in "...".
    if (QFontMetricsF(labels).height() > room && m_y->isTitleVisible()) {
        m_y->setTitleVisible(false); // plotAreaChanged() comes back here
        return;
    }
    if (labels != m_categories->labelsFont())
        m_categories->setLabelsFont(labels);
    // Still too many bars for their labels at the smallest size: every other one is labelled
    // (the room counts the bars between), never one cut to "...".
    const qreal height = QFontMetricsF(labels).height();
    const int step = height > room ? 2 : 1;
    if (step != m_labelStep) {
        m_labelStep = step;
        setLabels();
    }
    // Qt Charts counts a margin around each label that the gaps between the bars give anyway:
    // where the text itself fits its share of the axis, it is drawn whole.
    m_categories->setTruncateLabels(height > step * plotArea.height() / sessions);
    // The title goes when it is longer than the axis or takes the labels' room (resizeEvent()
    // and applyTheme() bring it back to try again).
    const bool titleFits =
        QFontMetricsF(m_categories->titleFont()).horizontalAdvance(m_categories->titleText()) <=
        plotArea.height();
    if ((!titleFits || m_categories->labelsTruncated()) && m_categories->isTitleVisible())
        m_categories->setTitleVisible(false);
}

void SessionChart::setCapacities(const QList<int>& capacities) {
    m_capacities = capacities;
    m_highest = 0;
    for (int seats : capacities)
        m_highest = qMax(m_highest, seats);
    m_marked.clear();
    setLabels();
    QList<qreal> occupied, free, none;
    for (int seats : capacities) {
        occupied.prepend(0);
        free.prepend(seats);
        none.prepend(0);
    }
    setValues(m_occupied, occupied);
    setValues(m_free, free);
    setValues(m_mismatch, none);
    setValues(m_overbooked, none);
    showMismatchInLegend();
    updateRange();
}

void SessionChart::setAudit(const Audit& audit) {
    QList<int> capacities;
    for (const SessionAudit& session : audit.sessions)
        capacities.append(session.capacity);
    if (capacities != m_capacities)
        setCapacities(capacities);
    QList<qreal> occupied, free, mismatch, overbooked;
    QList<int> marked;
    for (const SessionAudit& session : audit.sessions) {
        // Within the capacity: occupied, then free up to the capacity; beyond it the free seats
        // that should not exist, or up to it the gap of seats that vanished; then overbooked.
        const int inside = qMin(session.registrations, session.capacity);
        const int freeInside = qBound(0, session.free, session.capacity - inside);
        const int beyond = qMax(session.free, 0) - freeInside;
        const int gap = session.free + session.registrations < session.capacity
                            ? session.capacity - inside - freeInside
                            : 0;
        const int over = qMax(session.registrations - session.capacity, 0);
        occupied.prepend(inside);
        free.prepend(freeInside);
        mismatch.prepend(beyond + gap);
        overbooked.prepend(over);
        m_highest = qMax(m_highest, inside + freeInside + beyond + gap + over);
        if (session.overbooked() || session.free + session.registrations != session.capacity)
            marked.append(session.id);
    }
    setValues(m_occupied, occupied);
    setValues(m_free, free);
    setValues(m_mismatch, mismatch);
    setValues(m_overbooked, overbooked);
    m_marked = marked;
    showMismatchInLegend();
    updateRange();
}

// The legend names the hatched difference only while a bar shows one.
void SessionChart::showMismatchInLegend() {
    const bool shown = m_mismatch->sum() > 0;
    for (QLegendMarker* marker : chart()->legend()->markers(m_series)) {
        auto* bar = qobject_cast<QBarLegendMarker*>(marker);
        if (!bar || bar->barset() != m_mismatch || bar->isVisible() == shown)
            continue;
        bar->setVisible(shown);
        // Qt Charts 6.4 keeps the legend's layout of before: the entry would be drawn over its
        // neighbour until the next resize.
        chart()->legend()->layout()->invalidate();
        fitLegend();
    }
}

void SessionChart::fitLegend() {
    QLegend* legend = chart()->legend();
    const auto ownColours = [this](QLegendMarker* marker) {
        auto* bar = qobject_cast<QBarLegendMarker*>(marker);
        return bar && (bar->barset() == m_occupied || bar->barset() == m_free);
    };
    QStringList labels;
    for (QLegendMarker* marker : legend->markers(m_series))
        if (marker->isVisible() || ownColours(marker))
            labels << marker->label();
    // Per entry its text, its marker and the gaps around them, each about a line high; the
    // room is the chart's width less its margins.
    const auto needed = [&labels](const QFont& font) {
        const QFontMetricsF metrics(font);
        qreal width = 0;
        for (const QString& label : labels)
            width += metrics.horizontalAdvance(label) + 2 * metrics.height();
        return width;
    };
    const qreal room = width() - chart()->margins().left() - chart()->margins().right();
    QFont font = legendFont(m_theme);
    const qreal smallest = m_theme.smallestChartPointSize(font);
    while (needed(font) > room && font.pointSizeF() - 0.5 >= smallest)
        font.setPointSizeF(font.pointSizeF() - 0.5);
    if (font != legend->font())
        legend->setFont(font);
    // Still too wide at the smallest size: "occupied" and "free" go, in the colours that the
    // seats chart beside this one names; the entries that only this chart has stay.
    const bool crowded = needed(font) > room;
    bool changed = false;
    for (QLegendMarker* marker : legend->markers(m_series)) {
        if (ownColours(marker) && marker->isVisible() == crowded) {
            marker->setVisible(!crowded);
            changed = true;
        }
    }
    if (changed)
        legend->layout()->invalidate(); // as in showMismatchInLegend()
}

void SessionChart::setLabels() {
    QStringList labels;
    for (int i = 0; i < m_capacities.size(); ++i) {
        // An unlabelled bar's category is blank, and unique as the axis wants it.
        labels.prepend(i % m_labelStep == 0 ? tr("%1 (%2)").arg(i + 1).arg(m_capacities.at(i))
                                            : QString(i + 1, u' '));
    }
    if (labels == m_categories->categories())
        return;
    m_categories->clear();
    m_categories->append(labels);
}

void SessionChart::applyTheme(const Theme& theme) {
    m_theme = theme;
    styleChart(chart(), theme, false);
    const QPen outline(theme.projector ? Qt::black : QColor(0x40, 0x40, 0x40), theme.lineWidth(1));
    m_occupied->setBrush(okabeIto::orange);
    m_free->setBrush(okabeIto::blue);
    m_overbooked->setBrush(hatched(okabeIto::vermillion, Qt::black, theme.projector ? 14 : 10));
    m_mismatch->setBrush(hatched(okabeIto::yellow, Qt::black, theme.projector ? 14 : 10));
    for (QBarSet* set : {m_occupied, m_free, m_mismatch, m_overbooked}) {
        set->setPen(outline);
        set->setLabelFont(theme.font(0.9));
    }
    styleAxis(m_categories, theme);
    styleAxis(m_y, theme);
    m_categories->setGridLineVisible(false);
    m_y->setGridLineColor(theme.grid());
    m_y->setTitleVisible(true);
    m_categories->setTitleVisible(true);
    fitLabels(chart()->plotArea());
    fitLegend();
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
