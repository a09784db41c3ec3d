#include "mainwindow.h"

#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seatsim {

MainWindow::MainWindow(const CommandLine& commandLine, QWidget* parent)
    : QMainWindow(parent) {
    setWindowTitle(tr("SeatSim — concurrent seat reservations"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_serverState = new QLabel(central);
    m_serverState->setWordWrap(true);
    m_serverState->setAlignment(Qt::AlignCenter);
    QFont font = m_serverState->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    m_serverState->setFont(font);
    layout->addWidget(m_serverState);
    setCentralWidget(central);
    resize(1280, 720);

    connect(&m_server, &ServerConnection::stateChanged, this, &MainWindow::showServerState);
    EmbeddedServer::Options embedded;
    embedded.baseDir = commandLine.serverDir;
    embedded.deadlockTimeoutMs = commandLine.deadlockTimeoutMs;
    m_server.configure(commandLine.database, embedded, commandLine.schema);
    m_server.startInBackground();
    showServerState();
}

MainWindow::~MainWindow() {
    m_server.shutdown();
}

void MainWindow::showServerState() {
    QString text;
    switch (m_server.state()) {
    case ServerConnection::State::Idle:
    case ServerConnection::State::Starting:
        text = m_server.isEmbedded() ? tr("Starting the private PostgreSQL server…")
                                     : tr("Connecting to the PostgreSQL server…");
        break;
    case ServerConnection::State::Ready:
        text = tr("Ready: %1").arg(m_server.describe());
        break;
    case ServerConnection::State::Failed:
        text = tr("The server is not available:\n%1").arg(m_server.errorText());
        break;
    }
    m_serverState->setText(text);
    statusBar()->showMessage(text);
}

} // namespace seatsim
