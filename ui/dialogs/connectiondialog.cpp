#include "dialogs/connectiondialog.h"

#include "style/screenfit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seatsim {

void ConnectionDialog::showEvent(QShowEvent* event) {
    QDialog::showEvent(event);
    // Centred over a window near the screen's edge it could leave the screen.
    keepOnScreen(this);
}

ConnectionDialog::ConnectionDialog(QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Connect to a server"));
    setObjectName(u"connectionDialog"_s);
    m_private = new QRadioButton(tr("The private server that SeatSim starts itself"), this);
    m_external = new QRadioButton(tr("Another PostgreSQL server:"), this);
    m_private->setChecked(true);

    m_uri = new QLineEdit(this);
    m_uri->setObjectName(u"uri"_s);
    m_uri->setPlaceholderText(u"postgresql://user@host:5432/database"_s);
    m_uri->setClearButtonEnabled(true);
    m_host = new QLineEdit(this);
    m_host->setObjectName(u"host"_s);
    m_host->setPlaceholderText(tr("localhost, an address or a socket directory"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(u"port"_s);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    m_database = new QLineEdit(this);
    m_database->setObjectName(u"database"_s);
    m_user = new QLineEdit(this);
    m_user->setObjectName(u"user"_s);
    m_password = new QLineEdit(this);
    m_password->setObjectName(u"password"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_rememberPassword =
        new QCheckBox(tr("Remember password (stored unencrypted in the settings)"), this);
    m_rememberPassword->setObjectName(u"rememberPassword"_s);
    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(u"profiles"_s);
    connect(m_profiles, &QComboBox::activated, this, [this](int index) {
        if (index <= 0 || index > m_savedProfiles.size())
            return;
        const ConnectionProfile& profile = m_savedProfiles.at(index - 1);
        setConnection(profile.settings, profile.settings.schema);
        m_rememberPassword->setChecked(profile.rememberPassword);
    });
    m_schema = new QLineEdit(ConnectionSettings::defaultSchema(), this);
    m_schema->setObjectName(u"schema"_s);
    m_schema->setToolTip(tr("SeatSim creates its two tables in this schema and never touches "
                            "anything outside it."));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"QLabel { color: #9E2A00; font-weight: bold; }"_s);
    m_error->hide();

    auto* fields = new QFormLayout;
    fields->addRow(tr("Saved:"), m_profiles);
    fields->addRow(tr("URI or key=value:"), m_uri);
    auto* orLabel = new QLabel(tr("…or field by field (fields left empty take the URI's or "
                                  "libpq's defaults):"),
                               this);
    orLabel->setWordWrap(true);
    fields->addRow(orLabel);
    fields->addRow(tr("Host:"), m_host);
    fields->addRow(tr("Port:"), m_port);
    fields->addRow(tr("Database:"), m_database);
    fields->addRow(tr("User:"), m_user);
    fields->addRow(tr("Password:"), m_password);
    fields->addRow(QString(), m_rememberPassword);
    m_externalFields = {m_profiles, m_uri,      orLabel,           m_host, m_port, m_database,
                        m_user,     m_password, m_rememberPassword};

    auto* schemaForm = new QFormLayout;
    schemaForm->addRow(tr("Schema:"), m_schema);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_private);
    layout->addWidget(m_external);
    auto* indented = new QHBoxLayout;
    indented->addSpacing(24);
    indented->addLayout(fields, 1);
    layout->addLayout(indented);
    layout->addLayout(schemaForm);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_external, &QRadioButton::toggled, this, &ConnectionDialog::updateEnabled);
    updateEnabled();
    resize(560, sizeHint().height());
}

void ConnectionDialog::setConnection(const std::optional<ConnectionSettings>& settings,
                                     const QString& schema) {
    m_external->setChecked(settings.has_value());
    m_private->setChecked(!settings.has_value());
    if (settings) {
        m_uri->clear();
        m_host->setText(settings->host);
        m_port->setValue(qMax(0, settings->port));
        m_database->setText(settings->database);
        m_user->setText(settings->user);
        m_password->setText(settings->password);
    }
    m_schema->setText(schema.isEmpty() ? ConnectionSettings::defaultSchema() : schema);
    updateEnabled();
}

std::optional<ConnectionSettings> ConnectionDialog::connection() const {
    return m_result;
}

void ConnectionDialog::setProfiles(const QList<ConnectionProfile>& profiles) {
    m_savedProfiles = profiles;
    m_profiles->clear();
    m_profiles->addItem(profiles.isEmpty() ? tr("(none yet)") : tr("(choose a saved server)"));
    for (const ConnectionProfile& profile : profiles)
        m_profiles->addItem(profile.name);
}

bool ConnectionDialog::rememberPassword() const {
    return m_rememberPassword->isChecked();
}

QString ConnectionDialog::schema() const {
    return m_schema->text().trimmed();
}

void ConnectionDialog::accept() {
    Error error;
    if (!ConnectionSettings::isValidSchemaName(schema())) {
        error.message = tr("The schema name may contain lower-case letters, digits and '_' only.");
    } else if (m_external->isChecked()) {
        m_result = parse(error);
    } else {
        m_result.reset();
    }
    m_error->setText(error.text());
    m_error->setVisible(error.isSet());
    if (!error.isSet())
        QDialog::accept();
}

void ConnectionDialog::updateEnabled() {
    for (QWidget* widget : std::as_const(m_externalFields))
        widget->setEnabled(m_external->isChecked());
}

std::optional<ConnectionSettings> ConnectionDialog::parse(Error& error) const {
    ConnectionSettings settings;
    const QString uri = m_uri->text().trimmed();
    if (!uri.isEmpty()) {
        Error parseError;
        const std::optional<ConnectionSettings> parsed =
            ConnectionSettings::fromConnInfo(uri, parseError);
        if (!parsed) {
            error = parseError;
            return std::nullopt;
        }
        settings = *parsed;
    }
    if (!m_host->text().trimmed().isEmpty())
        settings.host = m_host->text().trimmed();
    if (m_port->value() > 0)
        settings.port = m_port->value();
    if (!m_database->text().trimmed().isEmpty())
        settings.database = m_database->text().trimmed();
    if (!m_user->text().trimmed().isEmpty())
        settings.user = m_user->text().trimmed();
    if (!m_password->text().isEmpty())
        settings.password = m_password->text();
    if (uri.isEmpty() && settings.host.isEmpty() && settings.database.isEmpty() &&
        settings.user.isEmpty()) {
        error.message = tr("Give a URI or at least a host, a database or a user.");
        return std::nullopt;
    }
    settings.schema = schema();
    return settings;
}

void ConnectionDialog::applyTheme(const Theme& theme) {
    setFont(theme.font());
    adjustSize();
}

} // namespace seatsim
