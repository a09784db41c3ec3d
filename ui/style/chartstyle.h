#pragma once

#include "style/theme.h"

#include <QBrush>

class QAbstractAxis;
class QChart;

namespace seatsim {

// Fonts, background and legend of a chart in the current mode.
void styleChart(QChart* chart, const Theme& theme, bool lineMarkers);
// The legend's type in the current mode, as styleChart() sets it.
QFont legendFont(const Theme& theme);
// The legend's entries in one row across a chart `width` px wide: its type steps down from
// legendFont() rather than be cut.
void fitLegendFont(QChart* chart, const Theme& theme, qreal width);
// A tick interval of 1, 2 or 5 times a power of ten that gives about `ticks` ticks.
double niceInterval(double range, int ticks);
void styleAxis(QAbstractAxis* axis, const Theme& theme);
// A brush of `color` with diagonal `stripes`, tiles of `size` px: what is wrong, not by colour
// alone.
QBrush hatched(const QColor& color, const QColor& stripes, int size);

} // namespace seatsim
