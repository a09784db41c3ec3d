#pragma once

#include "common/error.h"
#include "engine/snapshot.h"

#include <QList>
#include <QObject>

namespace seatsim {

class MainWindow;
class WindowDialogs;

// What the window shows, written to files for slides and reports: the charts, the latest run
// and a report of it (with the comparison's table once one finished). No export carries a
// password.
class WindowExport : public QObject {
    Q_OBJECT
public:
    WindowExport(MainWindow& window, const WindowDialogs& dialogs);

    // By the file's suffix; false with `error`.
    bool exportCharts(const QString& path, Error& error); // .png or .svg
    bool exportRun(const QString& path, Error& error);    // .csv or .json/.jsonl
    bool exportReport(const QString& path, Error& error); // .html or .pdf

    // Ask for a file name, export, and say how it went.
    void chooseChartsFile();
    void chooseRunFile();
    void chooseReportFile();

private:
    void exportWithDialog(const QString& title, const QString& defaultName, const QString& filters,
                          bool (WindowExport::*write)(const QString&, Error&));

    MainWindow& m_window;
    const WindowDialogs& m_dialogs;
    // The latest run's snapshots with an audit: the handout draws its charts from them, as the
    // headless report does, at a page's size rather than the window's.
    QList<Snapshot> m_snapshots;
};

} // namespace seatsim
