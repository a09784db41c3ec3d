#pragma once

#include "commandline.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace seatsim {

class ComparisonView;
class HelpDialog;
class MainWindow;
class StrategyEditor;

// What turns the classroom window into a tool for the whole semester, kept out of MainWindow:
// the menus, the settings it remembers, languages, the comparison, own strategies, export and
// help. It works on the window's public interface only.
class ClassroomKit : public QObject {
    Q_OBJECT
public:
    ClassroomKit(MainWindow* window, const CommandLine& commandLine);
    ~ClassroomKit() override; // ends a comparison that is still going

    // Exports by the file's suffix; false with *error. No export carries a password.
    bool exportCharts(const QString& path, QString* error); // .png or .svg
    bool exportRun(const QString& path, QString* error);    // .csv or .json/.jsonl
    bool exportReport(const QString& path, QString* error); // .html or .pdf
    void saveSettings();
    void chooseLanguage(const QString& language);

    ComparisonView* showComparison();
    StrategyEditor* showStrategyEditor();
    HelpDialog* showHelp();
    void showAbout();

    QAction* action(const QString& objectName) const;

private:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void createMenus();
    void restoreSettings(const CommandLine& commandLine);
    void rememberStrategy();
    void exportWithDialog(const QString& title, const QString& defaultName, const QString& filters,
                          bool (ClassroomKit::*write)(const QString&, QString*));
    void restart();

    MainWindow* m_window;
    QPointer<ComparisonView> m_comparison;
    QPointer<StrategyEditor> m_editor;
    QPointer<HelpDialog> m_help;
    bool m_restoring = false;
};

} // namespace seatsim
