#pragma once

#include <QMargins>
#include <QStringList>

class QWidget;

namespace seatsim::test {

// Every text a top-level window shows, checked against the room its widget gives it: labels,
// buttons, tabs, header sections, combo entries (in their popup), item-view rows, group-box
// titles, chart titles, legends and axis labels. Also: no horizontal scroll bar, no widget
// outside the window or its scroll area, the frame (with `decoration`) inside the available
// geometry of the window's screen. Each problem is one line naming the widget by its path,
// the text and the widths.
QStringList layoutProblems(QWidget* window, const QMargins& decoration);

// The sizes a projector needs, in pixels: every text a visible widget of `window` shows at least
// `text` high, the widget named "verdictLabel" at least `headline`, a chart's title, legend and
// axis labels at least `chart`. One line per text that is smaller.
struct TextSizes {
    int text = 0;
    int headline = 0;
    int chart = 0;
};
QStringList textSizeProblems(QWidget* window, const TextSizes& minimum);

// "mainWindow/QSplitter:columns/…": the object names (or classes) from the window down.
QString widgetPath(const QWidget* widget);

} // namespace seatsim::test
