#pragma once

#include "analysis/lostupdates.h"
#include "style/theme.h"
#include "verdict/judge.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace seatsim {

// The lost updates of a run, one line each, under a summary that says whether they explain
// the drift the audit measured. Selecting one asks the timeline to show both attempts.
class LostUpdatesView : public QWidget {
    Q_OBJECT
public:
    explicit LostUpdatesView(QWidget* parent = nullptr);

    void clear();
    // While a run goes: nothing to analyse yet.
    void setRunning();
    // The verdict says what went wrong when no update was lost (wrong answers, overbooking).
    void setAnalysis(const LostUpdateAnalysis& analysis, const Verdict& verdict = {});
    const LostUpdateAnalysis& analysis() const { return m_analysis; }
    void applyTheme(const Theme& theme);

    QLabel* summary() const { return m_summary; }
    QListWidget* list() const { return m_list; }
    QListWidget* sessions() const { return m_sessions; }

Q_SIGNALS:
    // The attempts of the selected lost update.
    void lostUpdateSelected(const QList<qint64>& sequences);

private:
    void styleSummary();

    LostUpdateAnalysis m_analysis;
    bool m_haveAnalysis = false;
    Verdict::Kind m_verdictKind = Verdict::Kind::Unjudged;
    QLabel* m_summary = nullptr;
    QListWidget* m_sessions = nullptr;
    QListWidget* m_list = nullptr;
    Theme m_theme;
};

} // namespace seatsim
