#pragma once

#include "settings/startoptions.h"

#include <QObject>

namespace seatsim {

class MainWindow;

// What the window remembers between sessions — the load, the chosen and the opened strategies,
// projector mode, geometry — and the language, which changes with a restart.
class WindowSettings : public QObject {
    Q_OBJECT
public:
    // Restores the remembered settings into `window`; the command line wins where it chose.
    WindowSettings(MainWindow& window, const StartOptions& commandLine);

    void save();
    void chooseLanguage(const QString& language);

private:
    void restore(const StartOptions& commandLine);
    void rememberStrategy();
    void restart();

    MainWindow& m_window;
    bool m_restoring = false;
};

} // namespace seatsim
