#pragma once

#include "engine/scenario.h"
#include "server/connectionsettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace seatsim {

// A server the user connected to, kept under a name. The password is kept only when the user
// asked for it.
struct ConnectionProfile {
    QString name; // "user@host:port/database", schema appended
    ConnectionSettings settings;
    bool rememberPassword = false;
};

// What SeatSim remembers between starts, in QSettings (the user's config file; tests switch
// QStandardPaths to test mode first). Read and written on the GUI thread only.
namespace settings {

// The saved load over `defaults`; strategy and capacities stay those of `defaults`.
Scenario scenario(const Scenario& defaults);
void setScenario(const Scenario& scenario);
// Whether the next launch starts from the saved load rather than each strategy's demo load.
bool keepLoad();
void setKeepLoad(bool keep);

// The exercise the window shows (its catalogue, rule and views); Seats until one is chosen.
Exercise exercise();
void setExercise(Exercise exercise);

// Id of a built-in, or the path of a script file.
QString lastStrategy();
void setLastStrategy(const QString& idOrPath);

// Script files opened with "Open strategy file…", most recent last.
QStringList openedStrategyFiles();
void addOpenedStrategyFile(const QString& path);

bool projectorMode();
void setProjectorMode(bool on);

QByteArray windowGeometry();
void setWindowGeometry(const QByteArray& geometry);

QList<ConnectionProfile> connectionProfiles();
// Adds or replaces the profile of the same name. Drops the password unless rememberPassword.
void saveConnectionProfile(ConnectionProfile profile);

// Where "New strategy…" saves scripts: <AppLocalDataLocation>/strategies.
QString userStrategyDir();
// The scripts there that parse, in file name order; *errors gets the ones that do not.
QList<StrategyScript> userStrategies(QStringList* errors = nullptr);

} // namespace settings
} // namespace seatsim
