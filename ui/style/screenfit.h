#pragma once

#include <QMargins>
#include <QSize>

class QScreen;
class QWidget;

namespace seatsim {

// A window's frame (title bar and borders) as the window manager draws it. Before a window is
// mapped it is not known yet, so a title bar of the usual height is assumed.
inline constexpr QMargins typicalWindowFrame{4, 36, 4, 4};
QMargins windowFrame(const QWidget* window);

// Sizes a top-level to `preferred`, bounded by its screen's available geometry less the
// frame, and moves it so that the frame lies inside: centred over `over` when given.
void fitOnScreen(QWidget* window, QSize preferred, const QWidget* over = nullptr);
// Opens `view` over `over`: the first time at the size it had then, later again wherever it
// is, unless it would not fit or `over` went to another screen.
void showOver(QWidget* view, const QWidget* over);
// On a projector `view` fills the screen `over` is on: its type is proportional to that screen,
// so its layout is the same at every resolution. Elsewhere as showOver().
void showForRoom(QWidget* view, const QWidget* over, bool projector);
// Whether the window with its frame lies inside its screen's available geometry.
bool fitsOnScreen(const QWidget* window);
// A window in its normal state that does not fit its screen (a geometry restored from a larger
// screen, or the normal geometry that full screen leaves behind) shrinks and moves inside it.
void keepOnScreen(QWidget* window);

} // namespace seatsim
