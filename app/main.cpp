#include "cli/commandline.h"
#include "cli/headless.h"
#include "common/perfprobe.h"
#include "common/terminationsignals.h"
#include "common/version.h"
#include "live/seatschart.h"
#include "output/reportwriter.h"
#include "settings/language.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <cstdio>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {
void describeApplication() {
    QCoreApplication::setOrganizationName(u"SeatSim"_s);
    QCoreApplication::setOrganizationDomain(u"seatsim.example.org"_s);
    QCoreApplication::setApplicationName(u"SeatSim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SEATSIM_VERSION));
}
// --report: the headless runs' report, with charts drawn offscreen by the window's widgets.
bool writeHeadlessReport(const QList<seatsim::RecordedRun>& runs, const QString& server,
                         const QString& path, seatsim::Error& error) {
    seatsim::Report report;
    report.server = server;
    for (const seatsim::RecordedRun& run : runs)
        report.runs.append({run.result, seatsim::ReportWriter::charts(run.result, run.snapshots)});
    return seatsim::ReportWriter::write(report, path, error);
}
} // namespace

int main(int argc, char** argv) {
    seatsim::PerfProbe::markProcessStart();
    std::unique_ptr<QCoreApplication> app;
    const bool console = seatsim::CommandLine::wantsConsole(argc, argv);
    if (console && !seatsim::CommandLine::wantsReport(argc, argv)) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        // A headless report draws its charts with widgets, without a display.
        if (console && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    }
    describeApplication();
    // Before anything is parsed or printed, so that --help, the errors and --headless speak
    // the language asked for.
    seatsim::installTranslations(
        seatsim::chooseLanguage(seatsim::CommandLine::languageArgument(app->arguments())));

    int exitCode = seatsim::ExitOk;
    seatsim::Error error;
    const std::optional<seatsim::CommandLine> commandLine =
        seatsim::CommandLine::parse(app->arguments(), exitCode, error);
    if (!commandLine) {
        if (error.isSet())
            fprintf(stderr, "seatsim: %s\n", qPrintable(error.text()));
        return exitCode;
    }
    if (commandLine->headless)
        return seatsim::runHeadless(*commandLine, writeHeadlessReport);

    QGuiApplication::setDesktopFileName(u"io.github.seatsim.SeatSim"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/hicolor/256x256/io.github.seatsim.SeatSim.png"_s));
    seatsim::MainWindow window(*commandLine);
    // Ctrl+C, kill or the end of the desktop session close the window as its close button does.
    seatsim::TerminationSignals termination;
    QObject::connect(&termination, &seatsim::TerminationSignals::terminationRequested, &window,
                     &QWidget::close);
    // SEATSIM_PROBE=1 logs event-loop lag, chart refresh rate, time to visible and memory.
    std::unique_ptr<seatsim::PerfProbe> probe;
    if (seatsim::PerfProbe::enabledByEnvironment()) {
        probe = std::make_unique<seatsim::PerfProbe>();
        probe->watchWindow(&window);
        probe->watchRefreshes(window.seatsChart());
        probe->start();
    }
    window.show();
    return app->exec();
}
