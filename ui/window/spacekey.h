#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace seatsim {

// Space starts or stops the run even where a spin box has the focus: a spin box takes Space
// as typing (and rejects it), so the key is caught for the whole application before it.
class SpaceKey : public QObject {
public:
    // Installs itself on the application; `toggle` runs for Space in a spin box of `window`.
    SpaceKey(QWidget* window, std::function<void()> toggle);
    ~SpaceKey() override;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
    std::function<void()> m_toggle;
};

} // namespace seatsim
