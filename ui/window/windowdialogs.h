#pragma once

#include <QObject>
#include <QPointer>

namespace seatsim {

class ClassBoardView;
class ComparisonView;
class HelpDialog;
class MainWindow;
class StepModeView;
class StrategyEditor;
struct Theme;

// The windows that open beside the classroom window — the comparison, the strategy editor, step
// by step, the guide and About — one of each, shown in the window's theme and deleted with it.
class WindowDialogs : public QObject {
    Q_OBJECT
public:
    // `theme` is the window's own, read again whenever it changes (see applyTheme()).
    WindowDialogs(MainWindow& window, const Theme& theme);
    ~WindowDialogs() override; // ends a comparison that is still going

    ComparisonView* showComparison();
    StrategyEditor* showStrategyEditor();
    StepModeView* showStepMode();
    ClassBoardView* showClassBoard();
    HelpDialog* showHelp();
    void showAbout();

    // The comparison once it has been opened, else nullptr.
    ComparisonView* comparison() const;
    // The window closes: a comparison that is still going stops.
    void cancelComparison();
    // The window's theme changed (projector mode): the open windows follow it.
    void applyTheme();

private:
    MainWindow& m_window;
    const Theme& m_theme;
    QPointer<ComparisonView> m_comparison;
    QPointer<StrategyEditor> m_editor;
    QPointer<StepModeView> m_stepMode;
    QPointer<ClassBoardView> m_classBoard;
    QPointer<HelpDialog> m_help;
};

} // namespace seatsim
