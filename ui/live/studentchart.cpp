#include "live/studentchart.h"

#include "common/exercise.h"
#include "style/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace seatsim {

StudentChart::StudentChart(QWidget* parent)
    : QChartView(parent) {
    setObjectName(u"studentChart"_s);
    setRenderHint(QPainter::Antialiasing);
    auto* chart = new QChart;
    chart->setTitle(tr("Seats per student"));
    m_series = new QHorizontalStackedBarSeries(chart);
    m_series->setBarWidth(0.7);
    m_within = new QBarSet(tr("seats"), m_series);
    m_over = new QBarSet(tr("over the limit"), m_series);
    m_within->setObjectName(u"withinLimitSet"_s);
    m_over->setObjectName(u"overLimitSet"_s);
    m_series->append(m_within);
    m_series->append(m_over);
    chart->addSeries(m_series);
    m_categories = new QBarCategoryAxis(chart);
    m_categories->setTitleText(tr("student (user_id)"));
    m_y = new QValueAxis(chart);
    m_y->setLabelFormat(u"%d"_s);
    m_y->setTitleText(tr("seats"));
    chart->addAxis(m_categories, Qt::AlignLeft);
    chart->addAxis(m_y, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_y);
    QChart* placeholder = this->chart();
    setChart(chart);
    delete placeholder;
    clear(usersOf(Exercise::TwoSeats), seatLimitOf(Exercise::TwoSeats));
    applyTheme(m_theme);
    connect(chart, &QChart::plotAreaChanged, this, &StudentChart::fitLabels);
}

void StudentChart::resizeEvent(QResizeEvent* event) {
    QChartView::resizeEvent(event);
    fitLegendFont(chart(), m_theme, width());
}

// Each student's number in the height its bar has: Qt Charts cuts a label higher than its
// share of the axis less padding (9 px, as for the sessions) to "...".
void StudentChart::fitLabels(const QRectF& plotArea) {
    const qreal room = plotArea.height() / qMax(1, int(m_categories->count())) - 9;
    QFont font = m_theme.font(m_theme.projector ? 0.8 : 0.95);
    const qreal smallest = font.pointSizeF() * 0.5;
    while (QFontMetricsF(font).height() > room && font.pointSizeF() - 0.5 >= smallest)
        font.setPointSizeF(font.pointSizeF() - 0.5);
    if (font != m_categories->labelsFont())
        m_categories->setLabelsFont(font);
    const bool titleFits =
        QFontMetricsF(m_categories->titleFont()).horizontalAdvance(m_categories->titleText()) <=
        plotArea.height();
    if (titleFits != m_categories->isTitleVisible())
        m_categories->setTitleVisible(titleFits);
}

void StudentChart::clear(int users, int seatLimit) {
    m_users = users;
    m_seatLimit = seatLimit;
    show({});
}

void StudentChart::setAudit(const Audit& audit) {
    if (audit.seatLimit > 0)
        m_seatLimit = audit.seatLimit;
    show(audit.seatsByStudent);
}

void StudentChart::show(const QMap<int, int>& seatsByStudent) {
    // Every student the load draws, and any other a script booked for.
    QMap<int, int> seats;
    for (int user = 1; user <= m_users; ++user)
        seats.insert(user, 0);
    for (auto it = seatsByStudent.cbegin(); it != seatsByStudent.cend(); ++it)
        seats.insert(it.key(), it.value());
    QStringList labels;
    QList<qreal> within, over;
    QList<int> overLimit;
    int highest = m_seatLimit;
    for (auto it = seats.cbegin(); it != seats.cend(); ++it) {
        const bool beyond = m_seatLimit > 0 && it.value() > m_seatLimit;
        // Bars lie down, student 1 on top: the numbers have room in large type too.
        labels.prepend(QString::number(it.key()));
        within.prepend(beyond ? m_seatLimit : it.value());
        over.prepend(beyond ? it.value() - m_seatLimit : 0);
        if (beyond)
            overLimit << it.key();
        highest = qMax(highest, it.value());
    }
    m_overLimit = overLimit;
    if (labels != m_categories->categories()) {
        m_categories->clear();
        m_categories->append(labels);
    }
    for (auto [set, values] : {std::pair{m_within, within}, std::pair{m_over, over}}) {
        if (set->count() != values.size()) {
            set->remove(0, set->count());
            set->append(values);
            continue;
        }
        for (int i = 0; i < values.size(); ++i) {
            if (set->at(i) != values.at(i))
                set->replace(i, values.at(i));
        }
    }
    const int top = highest + 1;
    m_y->setTickType(QValueAxis::TicksDynamic);
    m_y->setTickAnchor(0);
    m_y->setTickInterval(niceInterval(top, 4));
    m_y->setRange(0, top);
    m_y->setTitleText(tr("seats (limit %1)").arg(m_seatLimit));
    // Named in words, not by the hatched colour alone; the legend has the room the axis lacks.
    QStringList names;
    for (int user : overLimit)
        names << QString::number(user);
    m_over->setLabel(overLimit.isEmpty() ? tr("over the limit")
                                         : tr("✗ over %1: %2").arg(m_seatLimit).arg(names.join(u", "_s)));
    // Qt Charts 6.4 lays the legend out for the label before until the next resize.
    chart()->legend()->layout()->invalidate();
    fitLegendFont(chart(), m_theme, width());
}

void StudentChart::applyTheme(const Theme& theme) {
    m_theme = theme;
    styleChart(chart(), theme, false);
    const QPen outline(theme.projector ? Qt::black : QColor(0x40, 0x40, 0x40), theme.lineWidth(1));
    m_within->setBrush(okabeIto::orange);
    m_over->setBrush(hatched(okabeIto::vermillion, Qt::black, theme.projector ? 14 : 10));
    for (QBarSet* set : {m_within, m_over})
        set->setPen(outline);
    styleAxis(m_categories, theme);
    styleAxis(m_y, theme);
    m_categories->setGridLineVisible(false);
    m_y->setGridLineColor(theme.grid());
    fitLabels(chart()->plotArea());
    fitLegendFont(chart(), theme, width());
}

} // namespace seatsim
