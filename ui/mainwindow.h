#pragma once

#include "commandline.h"
#include "serverconnection.h"

#include <QLabel>
#include <QMainWindow>

namespace seatsim {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const CommandLine& commandLine, QWidget* parent = nullptr);
    ~MainWindow() override;

    ServerConnection* server() { return &m_server; }

private:
    void showServerState();

    ServerConnection m_server;
    QLabel* m_serverState = nullptr;
};

} // namespace seatsim
