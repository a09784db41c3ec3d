#pragma once

#include "engine/runresult.h"
#include "engine/snapshot.h"
#include "style/theme.h"

#include <QFrame>

class QLabel;

namespace seatsim {

// The judge's answer to the exercise, large: green when the run was correct (consistent, free
// of deadlocks, every answer right), red with the numbers when free + occupied left the
// capacity, amber with the reason in words when the seats add up but the run was not correct.
// During a run it shows the same judge live, on the audit and the counters so far; the
// bookings are judged at the end, against the table.
class VerdictBanner : public QFrame {
    Q_OBJECT
public:
    enum class State {
        Neutral,
        Running,
        RunningDrift,      // live: inconsistent
        RunningNotCorrect, // live: consistent so far, but deadlocks or failures
        Correct,
        Inconsistent,
        NotCorrect,
        Failed
    };
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
    // Each inconsistent session with its own sum, as the judge words it (the detail shows
    // them, on a projector the first few).
    QStringList sessionLines() const;
    // The colour the banner shows now.
    QColor background() const;

private:
    void showHeadline(const QString& text);
    void setState(State state);
    void restyle();
    void showDetail(const QStringList& sessions, const QString& rest);
    void renderDetail();

    QLabel* m_headline = nullptr;
    QLabel* m_detail = nullptr;
    QStringList m_sessions;
    QString m_rest;
    State m_state = State::Neutral;
    Theme m_theme;
};

} // namespace seatsim
