#pragma once

#include "theme.h"

class QAbstractAxis;
class QChart;

namespace seatsim {

// Fonts, background and legend of a chart in the current mode.
void styleChart(QChart* chart, const Theme& theme);
void styleAxis(QAbstractAxis* axis, const Theme& theme);

} // namespace seatsim
