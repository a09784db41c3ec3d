#pragma once

#include "style/theme.h"

class QAbstractAxis;
class QChart;

namespace seatsim {

// Fonts, background and legend of a chart in the current mode.
void styleChart(QChart* chart, const Theme& theme, bool lineMarkers);
// The legend's type in the current mode, as styleChart() sets it.
QFont legendFont(const Theme& theme);
// A tick interval of 1, 2 or 5 times a power of ten that gives about `ticks` ticks.
double niceInterval(double range, int ticks);
void styleAxis(QAbstractAxis* axis, const Theme& theme);

} // namespace seatsim
