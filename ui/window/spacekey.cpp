#include "window/spacekey.h"

#include <QAbstractSpinBox>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

namespace seatsim {

SpaceKey::SpaceKey(QWidget* window, std::function<void()> toggle)
    : QObject(window)
    , m_window(window)
    , m_toggle(std::move(toggle)) {
    QCoreApplication::instance()->installEventFilter(this);
}

SpaceKey::~SpaceKey() {
    QCoreApplication::instance()->removeEventFilter(this);
}

bool SpaceKey::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() != QEvent::KeyPress)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    if (key->key() != Qt::Key_Space || key->modifiers() != Qt::NoModifier || key->isAutoRepeat())
        return false;
    QWidget* spinBox = qobject_cast<QWidget*>(watched);
    while (spinBox && !qobject_cast<QAbstractSpinBox*>(spinBox))
        spinBox = spinBox->parentWidget();
    if (!spinBox || spinBox->window() != m_window)
        return false;
    m_toggle();
    return true;
}

} // namespace seatsim
