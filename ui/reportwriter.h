#pragma once

#include "comparison.h"
#include "snapshot.h"
#include "strategyscript.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace seatsim {

// A one-page report of a run: scenario, the strategy's SQL, the charts and the verdict. The
// server is named by ConnectionSettings::describe(), which never includes a password.
struct Report {
    RunResult result;
    StrategyScript strategy;
    QString server;
    QImage charts;
    QString verdictHeadline;
    QString verdictDetail;
    QList<StrategyTotals> comparison; // optional: the comparison's result table
    QImage comparisonChart;
};

class ReportWriter {
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    // Images as data: URIs (a single self-contained HTML file), or as resources named
    // "seatsim:charts.png" and "seatsim:comparison.png" for a QTextDocument.
    static QString html(const Report& report, bool dataUris = true);
    static bool writeHtml(const Report& report, const QString& path, QString* error);
    static bool writePdf(const Report& report, const QString& path, QString* error);
};

} // namespace seatsim
