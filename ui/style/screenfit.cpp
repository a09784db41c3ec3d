#include "style/screenfit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace seatsim {

QMargins windowFrame(const QWidget* window) {
    const QRect frame = window->frameGeometry();
    const QRect inner = window->geometry();
    const QMargins actual(inner.left() - frame.left(), inner.top() - frame.top(),
                          frame.right() - inner.right(), frame.bottom() - inner.bottom());
    return QMargins(qMax(actual.left(), typicalWindowFrame.left()),
                    qMax(actual.top(), typicalWindowFrame.top()),
                    qMax(actual.right(), typicalWindowFrame.right()),
                    qMax(actual.bottom(), typicalWindowFrame.bottom()));
}

void fitOnScreen(QWidget* window, QSize preferred, const QWidget* over) {
    QScreen* screen = over ? over->screen() : window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen)
        return;
    if (window->screen() != screen)
        window->setScreen(screen);
    const QRect available = screen->availableGeometry();
    const QMargins frame = windowFrame(window);
    const QSize room = available.marginsRemoved(frame).size();
    window->resize(preferred.boundedTo(room).expandedTo(window->minimumSize()));
    QRect outer = QRect(QPoint(), window->size()).marginsAdded(frame);
    outer.moveCenter(over ? over->frameGeometry().center() : available.center());
    outer.moveLeft(qBound(available.left(), outer.left(),
                          qMax(available.left(), available.right() - outer.width() + 1)));
    outer.moveTop(qBound(available.top(), outer.top(),
                         qMax(available.top(), available.bottom() - outer.height() + 1)));
    // The client area inside the frame the window manager will draw around it.
    window->setGeometry(QRect(outer.topLeft() + QPoint(frame.left(), frame.top()), window->size()));
}

void showOver(QWidget* view, const QWidget* over) {
    static const char* const preferredProperty = "seatsimPreferredSize";
    if (!view->property(preferredProperty).isValid())
        view->setProperty(preferredProperty, view->size());
    if (!view->isVisible() && (!view->testAttribute(Qt::WA_WState_ExplicitShowHide) ||
                               !fitsOnScreen(view) || (over && view->screen() != over->screen())))
        fitOnScreen(view, view->property(preferredProperty).toSize(), over);
    view->show();
}

void showForRoom(QWidget* view, const QWidget* over, bool projector) {
    if (projector) {
        if (over && view->screen() != over->screen())
            view->setScreen(over->screen());
        view->showMaximized();
        return;
    }
    if (view->windowState() & Qt::WindowMaximized)
        view->setWindowState(view->windowState() & ~Qt::WindowMaximized);
    showOver(view, over);
}

bool fitsOnScreen(const QWidget* window) {
    const QScreen* screen = window->screen();
    return !screen || screen->availableGeometry().contains(
                          window->geometry().marginsAdded(windowFrame(window)));
}

void keepOnScreen(QWidget* window) {
    const Qt::WindowStates states = window->windowState();
    if (!(states & (Qt::WindowMaximized | Qt::WindowFullScreen | Qt::WindowMinimized)) &&
        !fitsOnScreen(window))
        fitOnScreen(window, window->size());
}

} // namespace seatsim
