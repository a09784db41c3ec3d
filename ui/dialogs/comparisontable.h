#pragma once

#include "engine/strategytotals.h"
#include "style/theme.h"
#include "verdict/judge.h"

#include <QTableWidget>
#include <memory>

namespace seatsim {

// The comparison's table: one row per strategy with the judge's verdict and every key figure
// at once. Each figure column is a small bar chart of its own (a bar per strategy, scaled to
// the column's largest value, the number beside it, a zero written as "0"); the columns share
// the width so that nothing scrolls sideways and no name or header is cut.
class ComparisonTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        VerdictColumn,
        InconsistentColumn,
        DeadlocksColumn,
        FailuresColumn,
        RetriesColumn,
        DriftColumn,
        ThroughputColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    // On a figure cell: its bar as a fraction (0..1) of the column's largest value.
    static constexpr int barRole = Qt::UserRole + 2;

    struct Row {
        QString name;
        StrategyTotals totals; // with the judge's verdict of its runs
    };

    explicit ComparisonTable(QWidget* parent = nullptr);

    void setRows(const QList<Row>& rows);
    void applyTheme(const Theme& theme);
    static QString verdictWord(Verdict::Kind kind);
    // Every row and column without scroll bars, under `title`: the picture that is exported.
    std::unique_ptr<QWidget> sheet(const QString& title) const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitColumns();

    Theme m_theme;
};

} // namespace seatsim
