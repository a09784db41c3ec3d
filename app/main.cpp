#include "commandline.h"
#include "headless.h"
#include "language.h"
#include "mainwindow.h"
#include "perfprobe.h"
#include "terminationsignals.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>
#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
void describeApplication() {
    QCoreApplication::setOrganizationName(u"SeatSim"_s);
    QCoreApplication::setOrganizationDomain(u"seatsim.example.org"_s);
    QCoreApplication::setApplicationName(u"SeatSim"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SEATSIM_VERSION));
}

// --lang must take effect before the command line is parsed, so that --help speaks it too.
QString languageArgument(const QStringList& arguments) {
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--lang" && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(u"--lang="))
            return arguments[i].mid(7);
    }
    return {};
}
} // namespace

int main(int argc, char** argv) {
    seatsim::PerfProbe::markProcessStart();
    std::unique_ptr<QCoreApplication> app;
    if (seatsim::CommandLine::wantsConsole(argc, argv))
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    describeApplication();
    seatsim::installTranslations(seatsim::chooseLanguage(languageArgument(app->arguments())));

    int exitCode = -1;
    QString error;
    const seatsim::CommandLine commandLine =
        seatsim::CommandLine::parse(app->arguments(), &exitCode, &error);
    if (!error.isEmpty())
        fprintf(stderr, "seatsim: %s\n", qPrintable(error));
    if (exitCode >= 0)
        return exitCode;
    if (commandLine.headless)
        return seatsim::runHeadless(commandLine);

    QGuiApplication::setDesktopFileName(u"io.github.seatsim.SeatSim"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/hicolor/256x256/io.github.seatsim.SeatSim.png"_s));
    seatsim::MainWindow window(commandLine);
    // Ctrl+C, kill or the end of the desktop session close the window as its close button does.
    seatsim::TerminationSignals termination;
    QObject::connect(&termination, &seatsim::TerminationSignals::terminationRequested, &window,
                     &QWidget::close);
    // SEATSIM_PROBE=1 logs event-loop lag, chart refresh rate, time to visible and memory.
    std::unique_ptr<seatsim::PerfProbe> probe;
    if (seatsim::PerfProbe::enabledByEnvironment()) {
        probe = std::make_unique<seatsim::PerfProbe>();
        probe->watchWindow(&window);
        probe->watchRefreshes(window.findChild<QObject*>(u"seatsChart"_s));
        probe->start();
    }
    window.show();
    return app->exec();
}
