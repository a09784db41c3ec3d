#include "python/bridgeprocess.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

using namespace Qt::StringLiterals;

namespace seatsim {

QString pythonInterpreter() {
    const QString chosen = qEnvironmentVariable("SEATSIM_PYTHON");
    if (!chosen.isEmpty())
        return chosen;
    if (QFileInfo(u"/usr/bin/python3"_s).isExecutable())
        return u"/usr/bin/python3"_s;
    return u"python3"_s;
}

QByteArray bridgeSource() {
    QFile file(u":/python/bridge.py"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

BridgeProcess::~BridgeProcess() {
    if (m_running) {
        killGroup();
        wait();
    }
    for (int fd : {m_inFd, m_outFd, m_errFd})
        if (fd >= 0)
            ::close(fd);
}

bool BridgeProcess::start(const QString& mode, const QString& answerPath, Error& error) {
    int in[2] = {-1, -1};
    int out[2] = {-1, -1};
    int err[2] = {-1, -1};
    if (::pipe2(in, O_CLOEXEC) != 0 || ::pipe2(out, O_CLOEXEC) != 0 ||
        ::pipe2(err, O_CLOEXEC) != 0) {
        error.message = QString::fromLocal8Bit(std::strerror(errno));
        for (int fd : {in[0], in[1], out[0], out[1], err[0], err[1]})
            if (fd >= 0)
                ::close(fd);
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in[0], STDIN_FILENO);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    sigaddset(&defaults, SIGINT);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    // A group of its own: Ctrl+C in the terminal reaches SeatSim, which ends the bridge itself.
    posix_spawnattr_setpgroup(&attributes, 0);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF |
                                              POSIX_SPAWN_SETPGROUP);

    const QByteArray program = pythonInterpreter().toLocal8Bit();
    const QByteArray source = bridgeSource();
    const QByteArray modeBytes = mode.toLocal8Bit();
    const QByteArray answer = answerPath.toLocal8Bit();
    const char* argv[] = {program.constData(), "-c",   source.constData(), modeBytes.constData(),
                          answer.constData(),  nullptr};
    const int spawned = program.contains('/')
                            ? ::posix_spawn(&m_pid, program.constData(), &actions, &attributes,
                                            const_cast<char* const*>(argv), environ)
                            : ::posix_spawnp(&m_pid, program.constData(), &actions, &attributes,
                                             const_cast<char* const*>(argv), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(in[0]);
    ::close(out[1]);
    ::close(err[1]);
    m_inFd = in[1];
    m_outFd = out[0];
    m_errFd = err[0];
    ::fcntl(m_errFd, F_SETFL, O_NONBLOCK);
    if (spawned != 0) {
        error.message = QCoreApplication::translate(
                            "BridgeProcess",
                            "Python (%1) could not be started: %2. Install the Debian packages "
                            "python3 and python3-psycopg2.")
                            .arg(QString::fromLocal8Bit(program),
                                 QString::fromLocal8Bit(std::strerror(spawned)));
        m_pid = 0;
        return false;
    }
    m_running = true;
    return true;
}

bool BridgeProcess::write(const QByteArray& bytes) {
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_inFd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

void BridgeProcess::drainError() {
    char chunk[4096];
    for (;;) {
        const ssize_t n = ::read(m_errFd, chunk, sizeof chunk);
        if (n > 0) {
            if (m_error.size() < 64 * 1024)
                m_error.append(chunk, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        return;
    }
}

bool BridgeProcess::readLine(int timeoutMs, QByteArray* line, bool* timedOut) {
    *timedOut = false;
    for (;;) {
        if (const qsizetype end = m_buffer.indexOf('\n'); end >= 0) {
            *line = m_buffer.left(end);
            m_buffer.remove(0, end + 1);
            return true;
        }
        if (m_outFd < 0)
            return false;
        pollfd fds[2] = {{m_outFd, POLLIN, 0}, {m_errFd, POLLIN, 0}};
        const int ready = ::poll(fds, 2, timeoutMs);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready == 0) {
            *timedOut = true;
            return false;
        }
        if (fds[1].revents)
            drainError();
        if (fds[0].revents) {
            char chunk[16384];
            const ssize_t n = ::read(m_outFd, chunk, sizeof chunk);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                ::close(m_outFd);
                m_outFd = -1;
                return false;
            }
            m_buffer.append(chunk, n);
        }
    }
}

void BridgeProcess::terminate() {
    if (m_running && m_pid > 0)
        ::kill(m_pid, SIGTERM);
}

void BridgeProcess::killGroup() {
    if (m_running && m_pid > 0)
        ::kill(-m_pid, SIGKILL);
}

int BridgeProcess::wait() {
    if (!m_running)
        return m_exitCode;
    // The student's code may have started processes of its own in the group: they end with
    // it, while the unreaped bridge still keeps the group's id from being reused.
    siginfo_t info{};
    while (::waitid(P_PID, id_t(m_pid), &info, WEXITED | WNOWAIT) < 0 && errno == EINTR) {
    }
    ::kill(-m_pid, SIGKILL);
    int status = 0;
    while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
    }
    m_running = false;
    drainError();
    m_exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return m_exitCode;
}

} // namespace seatsim
