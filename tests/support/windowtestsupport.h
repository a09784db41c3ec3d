#pragma once

#include "window/mainwindow.h"

#include <QSize>
#include <QString>
#include <QTranslator>
#include <memory>

class QWidget;

namespace seatsim::test {

// Opens a MainWindow on the shared test server, working in `schema` (at `size` when given),
// shows it and waits until its server connection is ready. Fails the current test otherwise.
void openWindow(std::unique_ptr<MainWindow>& window, const QString& schema, QSize size = {});

// Sets the load of the window's next run.
void setLoad(MainWindow& window, int threads, int perThread, int thinkMs, int pauseMs,
             int seed = 1);

// The program in German for as long as it lives: Qt's and SeatSim's catalogues (the one at
// `qmFile`, as lrelease wrote it), then English again. loaded() says whether the file loaded.
class GermanCatalogue {
public:
    explicit GermanCatalogue(const QString& qmFile);
    ~GermanCatalogue();
    GermanCatalogue(const GermanCatalogue&) = delete;
    GermanCatalogue& operator=(const GermanCatalogue&) = delete;
    bool loaded() const { return m_loaded; }

private:
    QTranslator m_catalogue;
    bool m_loaded = false;
};

// Saves a grab of `widget` as screenshots/NAME-WxH.png beside the test executable.
void saveScreenshot(QWidget* widget, const QString& name);

} // namespace seatsim::test
