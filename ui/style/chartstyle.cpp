#include "style/chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QPainter>
#include <QPixmap>
#include <cmath>

namespace seatsim {

void styleChart(QChart* chart, const Theme& theme, bool lineMarkers) {
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setTitleFont(theme.font(1.15, true));
    chart->setTitleBrush(theme.text());
    QLegend* legend = chart->legend();
    legend->setFont(legendFont(theme));
    legend->setLabelColor(theme.text());
    legend->setAlignment(Qt::AlignBottom);
    legend->setMarkerShape(lineMarkers ? QLegend::MarkerShapeFromSeries
                                       : QLegend::MarkerShapeRectangle);
}

QFont legendFont(const Theme& theme) {
    return theme.font(theme.projector ? 0.8 : 0.95);
}

double niceInterval(double range, int ticks) {
    const double raw = qMax(range, 1e-9) / qMax(ticks, 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= step * magnitude)
            return step * magnitude;
    }
    return 10 * magnitude;
}

void fitLegendFont(QChart* chart, const Theme& theme, qreal width) {
    QLegend* legend = chart->legend();
    QStringList labels;
    for (QLegendMarker* marker : legend->markers())
        if (marker->isVisible())
            labels << marker->label();
    // Per entry its text, its marker and the gaps around them, each about a line high; the
    // room is the chart's width less its margins.
    const auto needed = [&labels](const QFont& font) {
        const QFontMetricsF metrics(font);
        qreal sum = 0;
        for (const QString& label : labels)
            sum += metrics.horizontalAdvance(label) + 2 * metrics.height();
        return sum;
    };
    const qreal room = width - chart->margins().left() - chart->margins().right();
    QFont font = legendFont(theme);
    const qreal smallest = font.pointSizeF() * 0.6;
    while (needed(font) > room && font.pointSizeF() - 0.5 >= smallest)
        font.setPointSizeF(font.pointSizeF() - 0.5);
    if (font != legend->font())
        legend->setFont(font);
}

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

void styleAxis(QAbstractAxis* axis, const Theme& theme) {
    axis->setLabelsFont(theme.font(0.95));
    axis->setLabelsColor(theme.text());
    axis->setTitleFont(theme.font(0.9));
    axis->setTitleBrush(theme.text());
    axis->setGridLineColor(theme.grid());
    QPen line(theme.text());
    line.setWidthF(theme.lineWidth(1));
    axis->setLinePen(line);
}

} // namespace seatsim
