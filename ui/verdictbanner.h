#pragma once

#include "snapshot.h"
#include "theme.h"

#include <QFrame>

class QLabel;

namespace seatsim {

// The answer to the exercise's question, large: green when free + occupied = capacity and no
// session is overbooked, red with the numbers when not. During a run it shows the same check
// live, so a transient drift is visible as it happens.
class VerdictBanner : public QFrame {
    Q_OBJECT
public:
    enum class State { Neutral, Running, RunningDrift, Consistent, Inconsistent, Failed };
    Q_ENUM(State)

    explicit VerdictBanner(QWidget* parent = nullptr);

    void setMessage(const QString& headline, const QString& detail = {});
    void setFailure(const QString& headline, const QString& detail);
    void setSnapshot(const QString& strategyTitle, const Snapshot& snapshot);
    void setResult(const QString& strategyTitle, const RunResult& result);
    void applyTheme(const Theme& theme);

    State state() const { return m_state; }
    QString headline() const;
    QString detail() const;

private:
    void setState(State state);
    void restyle();

    QLabel* m_headline = nullptr;
    QLabel* m_detail = nullptr;
    State m_state = State::Neutral;
    Theme m_theme;
};

} // namespace seatsim
