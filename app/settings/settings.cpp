#include "settings/settings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace seatsim::settings {

namespace {
constexpr int maxOpenedFiles = 20;

QString profileName(const ConnectionSettings& connection) {
    return u"%1 [%2]"_s.arg(connection.describe(), connection.schema);
}
} // namespace

Scenario scenario(const Scenario& defaults) {
    QSettings store;
    store.beginGroup(u"scenario"_s);
    Scenario result = defaults;
    result.threads = store.value(u"threads"_s, defaults.threads).toInt();
    result.perThread = store.value(u"perThread"_s, defaults.perThread).toInt();
    result.thinkMs = store.value(u"thinkMs"_s, defaults.thinkMs).toInt();
    result.pauseMs = store.value(u"pauseMs"_s, defaults.pauseMs).toInt();
    result.seed = store.value(u"seed"_s, defaults.seed).toULongLong();
    result.maxTries = store.value(u"maxTries"_s, defaults.maxTries).toInt();
    return result;
}

void setScenario(const Scenario& scenario) {
    QSettings store;
    store.beginGroup(u"scenario"_s);
    store.setValue(u"threads"_s, scenario.threads);
    store.setValue(u"perThread"_s, scenario.perThread);
    store.setValue(u"thinkMs"_s, scenario.thinkMs);
    store.setValue(u"pauseMs"_s, scenario.pauseMs);
    store.setValue(u"seed"_s, scenario.seed);
    store.setValue(u"maxTries"_s, scenario.maxTries);
}

bool keepLoad() {
    return QSettings().value(u"keepLoad"_s, false).toBool();
}

void setKeepLoad(bool keep) {
    QSettings().setValue(u"keepLoad"_s, keep);
}

Exercise exercise() {
    return exerciseNamed(QSettings().value(u"exercise"_s).toString()).value_or(Exercise::Seats);
}

void setExercise(Exercise exercise) {
    QSettings().setValue(u"exercise"_s, exerciseId(exercise));
}

QString lastStrategy() {
    return QSettings().value(u"strategy"_s).toString();
}

void setLastStrategy(const QString& idOrPath) {
    QSettings().setValue(u"strategy"_s, idOrPath);
}

QStringList openedStrategyFiles() {
    return QSettings().value(u"openedStrategyFiles"_s).toStringList();
}

void addOpenedStrategyFile(const QString& path) {
    QStringList files = openedStrategyFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.append(absolute);
    while (files.size() > maxOpenedFiles)
        files.removeFirst();
    QSettings().setValue(u"openedStrategyFiles"_s, files);
}

bool projectorMode() {
    return QSettings().value(u"projectorMode"_s, false).toBool();
}

void setProjectorMode(bool on) {
    QSettings().setValue(u"projectorMode"_s, on);
}

QByteArray windowGeometry() {
    return QSettings().value(u"windowGeometry"_s).toByteArray();
}

void setWindowGeometry(const QByteArray& geometry) {
    QSettings().setValue(u"windowGeometry"_s, geometry);
}

QList<ConnectionProfile> connectionProfiles() {
    QSettings store;
    QList<ConnectionProfile> profiles;
    const int count = store.beginReadArray(u"connections"_s);
    for (int i = 0; i < count; ++i) {
        store.setArrayIndex(i);
        ConnectionProfile profile;
        profile.settings.host = store.value(u"host"_s).toString();
        profile.settings.port = store.value(u"port"_s, -1).toInt();
        profile.settings.database = store.value(u"database"_s).toString();
        profile.settings.user = store.value(u"user"_s).toString();
        profile.settings.schema =
            store.value(u"schema"_s, ConnectionSettings::defaultSchema()).toString();
        const QStringList options = store.value(u"options"_s).toStringList();
        for (const QString& option : options)
            profile.settings.options.append({option.section(u'=', 0, 0), option.section(u'=', 1)});
        profile.rememberPassword = store.value(u"rememberPassword"_s, false).toBool();
        if (profile.rememberPassword)
            profile.settings.password = store.value(u"password"_s).toString();
        profile.name = store.value(u"name"_s, profileName(profile.settings)).toString();
        profiles.append(profile);
    }
    store.endArray();
    return profiles;
}

namespace {
void writeProfiles(const QList<ConnectionProfile>& profiles) {
    QSettings store;
    store.remove(u"connections"_s);
    store.beginWriteArray(u"connections"_s, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile& profile = profiles.at(i);
        store.setArrayIndex(i);
        store.setValue(u"name"_s, profile.name);
        store.setValue(u"host"_s, profile.settings.host);
        store.setValue(u"port"_s, profile.settings.port);
        store.setValue(u"database"_s, profile.settings.database);
        store.setValue(u"user"_s, profile.settings.user);
        store.setValue(u"schema"_s, profile.settings.schema);
        QStringList options;
        for (const auto& [key, value] : profile.settings.options) {
            if (key != u"password")
                options.append(key + u'=' + value);
        }
        store.setValue(u"options"_s, options);
        store.setValue(u"rememberPassword"_s, profile.rememberPassword);
        if (profile.rememberPassword && !profile.settings.password.isEmpty())
            store.setValue(u"password"_s, profile.settings.password);
    }
    store.endArray();
}
} // namespace

void saveConnectionProfile(ConnectionProfile profile) {
    if (!profile.rememberPassword)
        profile.settings.password.clear();
    if (profile.name.isEmpty())
        profile.name = profileName(profile.settings);
    QList<ConnectionProfile> profiles = connectionProfiles();
    profiles.removeIf(
        [&profile](const ConnectionProfile& other) { return other.name == profile.name; });
    profiles.prepend(profile);
    writeProfiles(profiles);
}

QString userStrategyDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           u"/strategies"_s;
}

QList<StrategyScript> userStrategies(QStringList* errors) {
    QList<StrategyScript> scripts;
    const QDir dir(userStrategyDir());
    const QFileInfoList files = dir.entryInfoList({u"*.sql"_s}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        Error error;
        const StrategyScript script =
            StrategyScript::load(file.absoluteFilePath(), standardProvidedVariables(), error);
        if (!script.isNull())
            scripts.append(script);
        else if (errors)
            errors->append(error.text());
    }
    return scripts;
}

} // namespace seatsim::settings
