#pragma once

#include "verdict/judge.h"
#include "analysis/writeskew.h"
#include "style/theme.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace seatsim {

// The write-skew pairs of a two-seats run, one line each, under a summary that names the
// students over the limit. Selecting a pair asks the timeline to show both bookings.
class WriteSkewView : public QWidget {
    Q_OBJECT
public:
    explicit WriteSkewView(QWidget* parent = nullptr);

    void clear();
    void setRunning();
    void setAnalysis(const WriteSkewAnalysis& analysis, const Verdict& verdict = {});
    const WriteSkewAnalysis& analysis() const { return m_analysis; }
    void applyTheme(const Theme& theme);

    QLabel* summary() const { return m_summary; }
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void pairSelected(const QList<qint64>& sequences);

private:
    void styleSummary();

    WriteSkewAnalysis m_analysis;
    bool m_haveAnalysis = false;
    Verdict::Kind m_verdictKind = Verdict::Kind::Unjudged;
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
    Theme m_theme;
};

} // namespace seatsim
