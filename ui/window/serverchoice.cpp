#include "window/serverchoice.h"

#include "dialogs/connectiondialog.h"
#include "server/serverconnection.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace seatsim {

ServerChoice::ServerChoice(ServerConnection& server, const StartOptions& commandLine,
                           QWidget* window)
    : m_server(server)
    , m_commandLine(commandLine)
    , m_window(window) {
}

void ServerChoice::start() {
    m_commandLine.configure(m_server);
    m_server.startInBackground();
}

bool ServerChoice::chooseAnother(const Theme& theme) {
    ConnectionDialog dialog(m_window);
    dialog.applyTheme(theme);
    std::optional<ConnectionSettings> current;
    if (!m_server.isEmbedded())
        current = m_server.settings().host.isEmpty() && m_commandLine.database
                      ? m_commandLine.database
                      : std::optional<ConnectionSettings>(m_server.settings());
    dialog.setConnection(current, m_server.settings().schema.isEmpty()
                                      ? m_commandLine.schema
                                      : m_server.settings().schema);
    dialog.setProfiles(settings::connectionProfiles());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (const auto connection = dialog.connection())
        settings::saveConnectionProfile({{}, *connection, dialog.rememberPassword()});
    m_commandLine.database = dialog.connection();
    m_commandLine.schema = dialog.schema();
    m_confirmedServer.clear();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    start();
    QApplication::restoreOverrideCursor();
    return true;
}

bool ServerChoice::confirm(const QString& action) {
    if (m_server.isEmbedded())
        return true;
    const ConnectionSettings settings = m_server.settings();
    const QString server =
        settings.port > 0 ? u"%1:%2"_s.arg(settings.host).arg(settings.port) : settings.host;
    const QString key = u"%1|%2|%3"_s.arg(server, settings.database, settings.schema);
    if (m_confirmedServer == key)
        return true;
    QMessageBox box(
        QMessageBox::Warning, tr("Work on this server?"),
        tr("To %1, SeatSim drops and recreates the tables seminar_sessions and "
           "seminar_registrations on\n\n"
           "server:\t%2\ndatabase:\t%3\nschema:\t%4\n\n"
           "Nothing outside the schema %4 is changed.")
            .arg(action, server.isEmpty() ? tr("(libpq default)") : server,
                 settings.database.isEmpty() ? tr("(libpq default)") : settings.database,
                 settings.schema),
        QMessageBox::Ok | QMessageBox::Cancel, m_window);
    box.button(QMessageBox::Ok)->setText(tr("Reset and continue"));
    box.setDefaultButton(QMessageBox::Cancel);
    auto* dontAsk = new QCheckBox(tr("Don't ask again for this server and schema"), &box);
    box.setCheckBox(dontAsk);
    if (box.exec() != QMessageBox::Ok)
        return false;
    if (dontAsk->isChecked())
        m_confirmedServer = key;
    return true;
}

} // namespace seatsim
