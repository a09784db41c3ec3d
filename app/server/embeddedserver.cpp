#include "server/embeddedserver.h"

#include "common/childprocess.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>
#include <QVersionNumber>
#include <cerrno>
#include <csignal>
#include <libpq-fe.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

const QString kSuperuser = u"seatsim"_s;
const QString kDatabase = u"seatsim"_s;
const int kSocketPort = 5432;
const int kMaxSocketPathLength = 100; // sockaddr_un holds 107 bytes

bool runningAsRoot() {
    return ::geteuid() == 0;
}

const passwd* serverAccountEntry() {
    return ::getpwnam("postgres");
}

QString shortHash(const QString& text) {
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

QString lastLines(const QString& text, int count = 6) {
    QStringList lines = text.trimmed().split(u'\n');
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines.join(u'\n');
}

bool processIsPostgres(qint64 pid) {
    QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return false;
    const QByteArray program = cmdline.readAll().split('\0').value(0);
    return program.endsWith("postgres") || program.endsWith("postmaster");
}

bool processIsAlive(qint64 pid) {
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

EmbeddedServer::EmbeddedServer(Options options)
    : m_options(std::move(options)) {
    m_baseDir = m_options.baseDir.isEmpty() ? defaultBaseDir() : m_options.baseDir;
    m_baseDir = QDir::cleanPath(QDir(m_baseDir).absolutePath());
    m_socketDir = m_baseDir + u"/socket"_s;
    if ((m_socketDir + u"/.s.PGSQL."_s + QString::number(port())).toLocal8Bit().size() >
        kMaxSocketPathLength)
        m_socketDir = QDir::tempPath() + u"/seatsim-"_s + QString::number(::geteuid()) + u'-' +
                      shortHash(m_baseDir);
}

EmbeddedServer::~EmbeddedServer() {
    release();
}

QString EmbeddedServer::defaultBaseDir() {
    const QString appData = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (runningAsRoot()) {
        // The server runs as `postgres`, which cannot enter /root: keep the cluster in that
        // account's home, one per root data directory.
        if (const passwd* account = serverAccountEntry())
            return QString::fromLocal8Bit(account->pw_dir) + u"/seatsim/"_s + shortHash(appData);
    }
    return appData + u"/server"_s;
}

QString EmbeddedServer::serverAccount() {
    return runningAsRoot() ? u"postgres"_s : QString();
}

QString EmbeddedServer::findBinDir(Error& error) {
    auto hasServer = [](const QString& dir) {
        return !dir.isEmpty() && QFileInfo(dir + u"/postgres"_s).isExecutable() &&
               QFileInfo(dir + u"/initdb"_s).isExecutable() &&
               QFileInfo(dir + u"/pg_ctl"_s).isExecutable();
    };
    const QString override = qEnvironmentVariable("SEATSIM_PG_BINDIR");
    if (!override.isEmpty()) {
        if (hasServer(override))
            return override;
        error.message =
            EmbeddedServer::tr(
                "SEATSIM_PG_BINDIR is set to %1, but that directory holds no PostgreSQL "
                "server (postgres, initdb, pg_ctl). Fix or unset the variable.")
                .arg(override);
        return {};
    }
    const QString pgConfig = QStandardPaths::findExecutable(u"pg_config"_s);
    if (!pgConfig.isEmpty()) {
        ChildProcess process;
        ChildProcess::Options options;
        options.mergeErrorIntoOutput = false;
        Error notStarted; // then the directories below are searched
        if (process.start(pgConfig, {u"--bindir"_s}, options, notStarted) &&
            process.waitForFinished(5000) && process.exitCode() == 0) {
            const QString dir = QString::fromLocal8Bit(process.standardOutput()).trimmed();
            if (hasServer(dir))
                return dir;
        }
    }
    QVersionNumber newest;
    QString newestDir;
    const QStringList versions =
        QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& version : versions) {
        const QString dir = u"/usr/lib/postgresql/"_s + version + u"/bin"_s;
        const QVersionNumber number = QVersionNumber::fromString(version);
        if (hasServer(dir) && number > newest) {
            newest = number;
            newestDir = dir;
        }
    }
    if (!newestDir.isEmpty())
        return newestDir;
    const QString onPath = QStandardPaths::findExecutable(u"postgres"_s);
    if (!onPath.isEmpty() && hasServer(QFileInfo(onPath).absolutePath()))
        return QFileInfo(onPath).absolutePath();
    error.message =
        EmbeddedServer::tr("No PostgreSQL server programs (postgres, initdb, pg_ctl) were found. "
                           "Install them with: sudo apt-get install postgresql");
    return {};
}

int EmbeddedServer::port() const {
    return m_options.tcpPort > 0 ? m_options.tcpPort : kSocketPort;
}

QString EmbeddedServer::dataDir() const {
    return m_baseDir + u"/data"_s;
}
QString EmbeddedServer::logFile() const {
    return m_baseDir + u"/log/server.log"_s;
}
QString EmbeddedServer::lockFile() const {
    return m_baseDir + u"/lock"_s;
}

ConnectionSettings EmbeddedServer::connectionSettings() const {
    ConnectionSettings settings;
    settings.host = m_socketDir;
    settings.port = port();
    settings.database = kDatabase;
    settings.user = kSuperuser;
    return settings;
}

bool EmbeddedServer::chownToServerAccount(const QString& path, Error& error) const {
    if (!runningAsRoot())
        return true;
    const passwd* account = serverAccountEntry();
    if (::chown(QFile::encodeName(path).constData(), account->pw_uid, account->pw_gid) != 0) {
        error.message = EmbeddedServer::tr("Could not hand %1 to the postgres account: %2")
                            .arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    return true;
}

bool EmbeddedServer::prepareDirectories(Error& error) {
    const passwd* account = runningAsRoot() ? serverAccountEntry() : nullptr;
    if (runningAsRoot() && !account) {
        error.message = EmbeddedServer::tr(
            "PostgreSQL refuses to run as root, and this system has no 'postgres' "
            "account to run it as. Install the Debian package postgresql (it creates "
            "the account), or start SeatSim as a normal user.");
        return false;
    }
    for (const QString& dir : {m_baseDir, m_baseDir + u"/clients"_s}) {
        if (!QDir().mkpath(dir)) {
            error.message =
                EmbeddedServer::tr(
                    "Could not create the directory %1 for the private PostgreSQL server. "
                    "Check its permissions.")
                    .arg(dir);
            return false;
        }
    }
    if (account) {
        // The postgres account must be able to walk from / down to the cluster.
        ::chmod(QFile::encodeName(m_baseDir).constData(), 0711);
        for (QDir dir(m_baseDir); !dir.isRoot(); dir.cdUp()) {
            struct stat info {};
            if (::stat(QFile::encodeName(dir.absolutePath()).constData(), &info) != 0)
                break;
            if (info.st_uid != account->pw_uid && !(info.st_mode & S_IXOTH)) {
                error.message =
                    EmbeddedServer::tr(
                        "The postgres account, which runs the private server when SeatSim "
                        "runs as root, cannot enter %1. Allow it (chmod o+x %1) or point "
                        "SeatSim at another directory.")
                        .arg(dir.absolutePath());
                return false;
            }
        }
    } else {
        QFile::setPermissions(m_baseDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    for (const QString& dir : {dataDir(), m_socketDir, m_baseDir + u"/log"_s}) {
        QDir().mkpath(dir);
        struct stat info {};
        const QByteArray path = QFile::encodeName(dir);
        if (::stat(path.constData(), &info) != 0 || !S_ISDIR(info.st_mode)) {
            error.message =
                EmbeddedServer::tr(
                    "Could not create the directory %1 for the private PostgreSQL server.")
                    .arg(dir);
            return false;
        }
        const uid_t expectedOwner = account ? account->pw_uid : ::geteuid();
        if (info.st_uid != expectedOwner && !chownToServerAccount(dir, error))
            return false;
        if (::stat(path.constData(), &info) != 0 || info.st_uid != expectedOwner) {
            error.message =
                EmbeddedServer::tr(
                    "%1 belongs to another user. SeatSim keeps its private server there "
                    "and will not share it: remove the directory.")
                    .arg(dir);
            return false;
        }
        ::chmod(path.constData(), 0700);
    }
    return true;
}

int EmbeddedServer::runTool(const QString& tool, const QStringList& arguments,
                            QString* output) const {
    ChildProcess::Options options;
    options.workingDirectory = m_baseDir;
    options.environment = {u"LC_MESSAGES=C"_s};
    const QString program = m_binDir + u'/' + tool;
    ChildProcess process;
    Error error;
    const bool started =
        runningAsRoot()
            ? process.start(u"runuser"_s,
                            QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments,
                            options, error)
            : process.start(program, arguments, options, error);
    if (!started) {
        if (output)
            *output = error.text();
        return -1;
    }
    if (!process.waitForFinished(m_options.startTimeoutSeconds * 1000 + 10000)) {
        process.kill();
        process.waitForFinished();
    }
    if (output)
        *output = QString::fromLocal8Bit(process.standardOutput());
    return process.exitCode();
}

int EmbeddedServer::pgCtl(const QStringList& arguments, QString* output) const {
    return runTool(u"pg_ctl"_s, arguments, output);
}

bool EmbeddedServer::initCluster(Error& error) {
    const QString data = dataDir();
    // A data directory without PG_VERSION is the remains of an interrupted initdb.
    QDir dataDirectory(data);
    if (!dataDirectory.isEmpty()) {
        dataDirectory.removeRecursively();
        QDir().mkpath(data);
        if (!chownToServerAccount(data, error))
            return false;
        ::chmod(QFile::encodeName(data).constData(), 0700);
    }
    QString output;
    const int code = runTool(u"initdb"_s,
                             {u"-D"_s, data, u"-U"_s, kSuperuser, u"-A"_s, u"trust"_s, u"-E"_s,
                              u"UTF8"_s, u"--locale=C"_s, u"--no-sync"_s, u"--no-instructions"_s},
                             &output);
    if (code != 0) {
        error.message =
            EmbeddedServer::tr("initdb could not create the private PostgreSQL cluster in %1:\n%2")
                .arg(data, lastLines(output));
        return false;
    }
    QFile conf(data + u"/postgresql.conf"_s);
    if (!conf.open(QIODevice::Append)) {
        error.message =
            EmbeddedServer::tr("Could not write %1: %2").arg(conf.fileName(), conf.errorString());
        return false;
    }
    if (conf.write("\ninclude_if_exists = 'seatsim.conf'\n") < 0 || !conf.flush()) {
        error.message =
            EmbeddedServer::tr("Could not write %1: %2").arg(conf.fileName(), conf.errorString());
        return false;
    }
    m_createdCluster = true;
    return true;
}

bool EmbeddedServer::writeConfig(Error& error) {
    QString socketDir = m_socketDir;
    socketDir.replace(u'\'', u"''"_s);
    QString text = u"# Written by SeatSim at every start; edits are lost.\n"_s;
    text += u"unix_socket_directories = '%1'\n"_s.arg(socketDir);
    text += u"unix_socket_permissions = 0700\n"_s;
    if (m_options.tcpPort > 0) {
        text += u"listen_addresses = '127.0.0.1'\n"_s;
        text += u"port = %1\n"_s.arg(m_options.tcpPort);
        text += u"password_encryption = 'scram-sha-256'\n"_s;
    } else {
        text += u"listen_addresses = ''\n"_s;
        text += u"port = %1\n"_s.arg(port());
    }
    text += u"fsync = off\n"
            "synchronous_commit = off\n"
            "full_page_writes = off\n"
            "wal_level = minimal\n"
            "max_wal_senders = 0\n"
            "max_connections = 300\n"
            "shared_buffers = '64MB'\n"
            "lc_messages = 'C'\n"
            "log_min_messages = warning\n"
            "log_checkpoints = off\n"_s;
    text += u"deadlock_timeout = '%1ms'\n"_s.arg(qMax(1, m_options.deadlockTimeoutMs));

    const QString path = dataDir() + u"/seatsim.conf"_s;
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && file.readAll() == text.toUtf8())
        return true;
    file.close();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text.toUtf8()) < 0) {
        error.message = EmbeddedServer::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.close();
    // The socket is private to this account; over TCP (tests only), logins need a password.
    QFile hba(dataDir() + u"/pg_hba.conf"_s);
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        hba.write(m_options.tcpPort > 0 ? "local all all trust\n"
                                          "host all all 127.0.0.1/32 scram-sha-256\n"
                                        : "local all all trust\n") < 0) {
        error.message =
            EmbeddedServer::tr("Could not write %1: %2").arg(hba.fileName(), hba.errorString());
        return false;
    }
    hba.close();
    return chownToServerAccount(path, error) && chownToServerAccount(hba.fileName(), error);
}

bool EmbeddedServer::isRunning() const {
    QFile pidFile(dataDir() + u"/postmaster.pid"_s);
    if (!pidFile.open(QIODevice::ReadOnly))
        return false;
    const qint64 pid = pidFile.readLine().trimmed().toLongLong();
    return processIsAlive(pid) && processIsPostgres(pid);
}

bool EmbeddedServer::isReachable() const {
    const ConnectionSettings settings = connectionSettings();
    const QByteArray conninfo =
        u"host='%1' port=%2 dbname=postgres user=%3 connect_timeout=2"_s.arg(settings.host)
            .arg(port())
            .arg(kSuperuser)
            .toUtf8();
    return PQping(conninfo.constData()) == PQPING_OK;
}

bool EmbeddedServer::startServer(Error& error) {
    QString output;
    const int code = pgCtl({u"start"_s, u"-D"_s, dataDir(), u"-l"_s, logFile(), u"-w"_s, u"-t"_s,
                            QString::number(m_options.startTimeoutSeconds), u"-s"_s},
                           &output);
    if (code != 0) {
        QFile log(logFile());
        const QString logText =
            log.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(log.readAll()) : QString();
        error.message =
            EmbeddedServer::tr(
                "The private PostgreSQL server did not start (pg_ctl exit code %1).\n%2\n"
                "Server log %3:\n%4")
                .arg(code)
                .arg(lastLines(output), logFile(), lastLines(logText));
        return false;
    }
    return true;
}

bool EmbeddedServer::ensureDatabase(Error& error) {
    const QByteArray conninfo =
        u"host='%1' port=%2 dbname=postgres user=%3 connect_timeout=5"_s.arg(m_socketDir)
            .arg(port())
            .arg(kSuperuser)
            .toUtf8();
    PGconn* connection = PQconnectdb(conninfo.constData());
    auto fail = [&](const QString& what, const PGresult* refused = nullptr) {
        const char* sqlState = refused ? PQresultErrorField(refused, PG_DIAG_SQLSTATE) : nullptr;
        error.message = EmbeddedServer::tr("The private PostgreSQL server is running, but %1: %2")
                            .arg(what, QString::fromUtf8(PQerrorMessage(connection)).trimmed());
        error.sqlState = QString::fromLatin1(sqlState);
        PQfinish(connection);
        return false;
    };
    if (PQstatus(connection) != CONNECTION_OK)
        return fail(EmbeddedServer::tr("SeatSim cannot connect to it"));
    PGresult* result = PQexec(connection, "SELECT 1 FROM pg_database WHERE datname = 'seatsim'");
    const bool exists = PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1;
    PQclear(result);
    if (!exists) {
        result = PQexec(connection, "CREATE DATABASE seatsim");
        const bool created = PQresultStatus(result) == PGRES_COMMAND_OK;
        if (!created)
            fail(EmbeddedServer::tr("the database seatsim could not be created"), result);
        PQclear(result);
        if (!created)
            return false;
    }
    PQfinish(connection);
    return true;
}

QString EmbeddedServer::clientFile() const {
    return m_baseDir + u"/clients/"_s + QString::number(QCoreApplication::applicationPid()) + u'-' +
           QString::number(quintptr(this), 16);
}

bool EmbeddedServer::registerClient(Error& error) {
    QFile file(clientFile());
    const QByteArray pid = QByteArray::number(QCoreApplication::applicationPid());
    if (!file.open(QIODevice::WriteOnly) || file.write(pid) != pid.size() || !file.flush()) {
        error.message =
            EmbeddedServer::tr("Could not write %1: %2. Without it another SeatSim could stop the "
                               "private server while this one uses it. Make %3 writable, or choose "
                               "another directory with --server-dir.")
                .arg(file.fileName(), file.errorString(), m_baseDir + u"/clients"_s);
        return false;
    }
    m_registered = true;
    return true;
}

int EmbeddedServer::otherLiveClients() const {
    QDir clients(m_baseDir + u"/clients"_s);
    int live = 0;
    const QStringList entries = clients.entryList(QDir::Files);
    for (const QString& entry : entries) {
        if (clients.filePath(entry) == clientFile())
            continue;
        const qint64 pid = entry.section(u'-', 0, 0).toLongLong();
        if (processIsAlive(pid))
            ++live;
        else
            clients.remove(entry);
    }
    return live;
}

bool EmbeddedServer::start(Error& error) {
    // Registered already: only bring back a server that crashed or was stopped meanwhile.
    if (m_registered && isReachable())
        return true;
    m_binDir = findBinDir(error);
    if (m_binDir.isEmpty())
        return false;
    if (!prepareDirectories(error))
        return false;

    QLockFile lock(lockFile());
    lock.setStaleLockTime(0);
    if (!lock.tryLock(m_options.startTimeoutSeconds * 1000)) {
        error.message =
            EmbeddedServer::tr(
                "Another SeatSim process has been starting the private server in %1 for "
                "too long. If none is running, remove %2.")
                .arg(m_baseDir, lockFile());
        return false;
    }

    if (!QFileInfo::exists(dataDir() + u"/PG_VERSION"_s) && !initCluster(error))
        return false;
    if (!writeConfig(error))
        return false;

    m_adopted = false;
    if (isRunning()) {
        QDeadlineTimer deadline(m_options.startTimeoutSeconds * 1000);
        while (!isReachable() && !deadline.hasExpired() && isRunning())
            QThread::msleep(50); // a server restarting after a crash accepts no logins yet
        if (isReachable()) {
            m_adopted = true;
        } else if (isRunning()) {
            Error notStopped; // startServer() below says what went wrong
            stop(true, notStopped);
        }
    } else {
        // A postmaster.pid whose process is gone, or belongs to another program, is stale.
        QFile::remove(dataDir() + u"/postmaster.pid"_s);
    }
    if (!m_adopted && !startServer(error))
        return false;
    if (!ensureDatabase(error))
        return false;
    if (!m_registered && !registerClient(error)) {
        if (otherLiveClients() == 0) {
            Error notStopped; // the registration's failure is what the user reads
            stop(false, notStopped);
        }
        return false;
    }
    return true;
}

void EmbeddedServer::release() {
    if (!m_registered)
        return;
    QLockFile lock(lockFile());
    lock.setStaleLockTime(0);
    lock.tryLock(m_options.startTimeoutSeconds * 1000);
    QFile::remove(clientFile());
    m_registered = false;
    if (otherLiveClients() == 0 && isRunning()) {
        Error notStopped; // nobody is left to tell
        stop(false, notStopped);
    }
}

bool EmbeddedServer::stop(bool immediate, Error& error) {
    if (m_binDir.isEmpty())
        m_binDir = findBinDir(error);
    QString output;
    const int code =
        pgCtl({u"stop"_s, u"-D"_s, dataDir(), u"-m"_s, immediate ? u"immediate"_s : u"fast"_s,
               u"-w"_s, u"-t"_s, QString::number(m_options.startTimeoutSeconds), u"-s"_s},
              &output);
    if (code != 0 && isRunning()) {
        error.message = EmbeddedServer::tr("The private PostgreSQL server did not stop: %1")
                            .arg(lastLines(output));
        return false;
    }
    return true;
}

} // namespace seatsim
