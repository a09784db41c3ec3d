#pragma once

#include "style/theme.h"

#include "common/error.h"
#include "server/connectionsettings.h"
#include "settings/settings.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace seatsim {

// Where to run: the private server SeatSim starts itself, or another PostgreSQL server given
// as a URI or field by field, and the schema SeatSim may use there.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectionDialog(QWidget* parent = nullptr);
    // The window's type size, so that on the projector the room reads the dialog too.
    void applyTheme(const Theme& theme);

    // nullopt: the private server.
    void setConnection(const std::optional<ConnectionSettings>& settings, const QString& schema);
    std::optional<ConnectionSettings> connection() const;
    QString schema() const;
    // Saved servers to pick from; choosing one fills the fields.
    void setProfiles(const QList<ConnectionProfile>& profiles);
    // The user ticked "Remember password": only then may the password be saved.
    bool rememberPassword() const;

    void accept() override;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateEnabled();
    // The settings the fields describe; empty with `error` when they do not.
    std::optional<ConnectionSettings> parse(Error& error) const;

    QRadioButton* m_private = nullptr;
    QRadioButton* m_external = nullptr;
    QLineEdit* m_uri = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_schema = nullptr;
    QLabel* m_error = nullptr;
    QComboBox* m_profiles = nullptr;
    QCheckBox* m_rememberPassword = nullptr;
    QList<ConnectionProfile> m_savedProfiles;
    QList<QWidget*> m_externalFields;
    std::optional<ConnectionSettings> m_result;
};

} // namespace seatsim
