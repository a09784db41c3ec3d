#pragma once

#include <QHash>
#include <QObject>

class QAction;

namespace seatsim {

class MainWindow;
class WindowDialogs;
class WindowExport;
class WindowSettings;

// The window's menu bar: the window's own actions (open, start, stop, reset, projector) beside
// the ones that open the dialogs, export, choose the language and quit.
class WindowMenus : public QObject {
    Q_OBJECT
public:
    WindowMenus(MainWindow& window, WindowDialogs& dialogs, WindowExport& exporter,
                WindowSettings& settings);

    // The menu entry that chooses `code` ("de", "en"); nullptr for a language SeatSim lacks.
    QAction* languageAction(const QString& code) const { return m_languages.value(code); }

private:
    void createFileMenu();
    void createRunMenu();
    void createViewMenu();
    void createSettingsMenu();
    void createHelpMenu();

    MainWindow& m_window;
    WindowDialogs& m_dialogs;
    WindowExport& m_export;
    WindowSettings& m_settings;
    QHash<QString, QAction*> m_languages;
};

} // namespace seatsim
