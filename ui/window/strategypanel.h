#pragma once

#include "script/strategyscript.h"
#include "style/theme.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace seatsim {

// Picks the strategy: a two-button contrast (the last broken one ↔ the last safe one), the
// whole catalogue grouped by kind, and the title and explanation of the current script.
class StrategyPanel : public QWidget {
    Q_OBJECT
public:
    explicit StrategyPanel(QWidget* parent = nullptr);

    void setStrategies(const QList<StrategyScript>& strategies);
    // Adds a script opened from a file (replacing one from the same file) and selects it.
    void addStrategy(const StrategyScript& script);
    QList<StrategyScript> strategies() const { return m_strategies; }

    // Index in catalogue order, as the keys 1–9 and 0 count.
    bool selectIndex(int index);
    bool selectId(const QString& id);
    StrategyScript current() const;

    void selectBroken();
    void selectSafe();

    // A script problem shown under the explanation until another strategy is picked.
    void showError(const QString& message);
    QString errorText() const;

    void applyTheme(const Theme& theme);
    // During a run the choice is locked, while title and explanation stay readable.
    void setSelectionEnabled(bool enabled);

    QPushButton* brokenButton() const { return m_broken; }
    QPushButton* safeButton() const { return m_safe; }

Q_SIGNALS:
    void currentChanged(const seatsim::StrategyScript& script);
    void openFileRequested();

private:
    void rebuildCombo();
    void updateDetails();
    int firstOfKind(StrategyScript::Kind kind) const;

    QList<StrategyScript> m_strategies;
    int m_current = -1;
    int m_lastBroken = -1;
    int m_lastSafe = -1;
    bool m_selectionEnabled = true;
    QPushButton* m_broken = nullptr;
    QPushButton* m_safe = nullptr;
    QComboBox* m_combo = nullptr;
    QToolButton* m_open = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    Theme m_theme;
};

} // namespace seatsim
