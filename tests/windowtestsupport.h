#pragma once

#include "mainwindow.h"

#include <QSize>
#include <QString>
#include <memory>

class QWidget;

namespace seatsim::test {

// Opens a MainWindow on the shared test server, working in `schema` (at `size` when given),
// shows it and waits until its server connection is ready. Fails the current test otherwise.
void openWindow(std::unique_ptr<MainWindow>& window, const QString& schema, QSize size = {});

// Sets the load of the window's next run.
void setLoad(MainWindow& window, int threads, int perThread, int thinkMs, int pauseMs,
             int seed = 1);

// Saves a grab of `widget` as screenshots/NAME-WxH.png beside the test executable.
void saveScreenshot(QWidget* widget, const QString& name);

} // namespace seatsim::test
