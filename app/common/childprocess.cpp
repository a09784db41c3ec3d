#include "common/childprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QProcessEnvironment>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

class Messages {
    Q_DECLARE_TR_FUNCTIONS(seatsim::ChildProcess)
public:
    static QString cannotStart(const QString& program, int error) {
        return tr("Could not start %1: %2").arg(program, QString::fromLocal8Bit(strerror(error)));
    }
};

// A NULL-terminated array of C strings that owns its storage.
class CStringArray {
public:
    explicit CStringArray(const QStringList& strings) {
        m_storage.reserve(strings.size());
        for (const QString& string : strings)
            m_storage.push_back(string.toLocal8Bit());
        for (QByteArray& bytes : m_storage)
            m_pointers.push_back(bytes.data());
        m_pointers.push_back(nullptr);
    }
    char** data() { return m_pointers.data(); }

private:
    std::vector<QByteArray> m_storage;
    std::vector<char*> m_pointers;
};

// Reads what is there without blocking. False at end of file (or on an error).
bool drain(int fd, QByteArray* into) {
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n > 0) {
            into->append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        return n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK);
    }
}

} // namespace

ChildProcess::~ChildProcess() {
    if (m_running) {
        kill();
        int status = 0;
        while (::waitpid(m_pid, &status, 0) < 0 && errno == EINTR) {
        }
    }
    closePipes();
}

bool ChildProcess::start(const QString& program, const QStringList& arguments,
                         const Options& options, Error& error) {
    if (m_running)
        return false;
    m_output.clear();
    m_error.clear();
    m_exitCode = -1;

    int output[2] = {-1, -1};
    int errors[2] = {-1, -1};
    if (::pipe2(output, O_CLOEXEC) != 0 ||
        (!options.mergeErrorIntoOutput && ::pipe2(errors, O_CLOEXEC) != 0)) {
        const int cause = errno;
        for (int fd : {output[0], output[1], errors[0], errors[1]})
            if (fd >= 0)
                ::close(fd);
        error.message = Messages::cannotStart(program, cause);
        return false;
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, output[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, options.mergeErrorIntoOutput ? output[1] : errors[1],
                                     STDERR_FILENO);
    const QByteArray directory = options.workingDirectory.toLocal8Bit();
    if (!directory.isEmpty())
        posix_spawn_file_actions_addchdir_np(&actions, directory.constData());

    // The child starts with no signal blocked and SIGPIPE at its default, whatever this
    // process's threads do with them.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t none, defaults;
    sigemptyset(&none);
    sigemptyset(&defaults);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : options.environment) {
        const qsizetype equals = entry.indexOf(u'=');
        if (equals > 0)
            environment.insert(entry.left(equals), entry.mid(equals + 1));
    }
    CStringArray argv(QStringList{program} + arguments);
    CStringArray envp(environment.toStringList());
    const QByteArray path = program.toLocal8Bit();
    const int spawned = program.contains(u'/')
                            ? ::posix_spawn(&m_pid, path.constData(), &actions, &attributes,
                                            argv.data(), envp.data())
                            : ::posix_spawnp(&m_pid, path.constData(), &actions, &attributes,
                                             argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(output[1]);
    if (errors[1] >= 0)
        ::close(errors[1]);
    m_outputFd = output[0];
    m_errorFd = errors[0];
    if (spawned != 0) {
        m_pid = 0;
        closePipes();
        error.message = Messages::cannotStart(program, spawned);
        return false;
    }
    for (int fd : {m_outputFd, m_errorFd})
        if (fd >= 0)
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    m_running = true;
    return true;
}

bool ChildProcess::waitForFinished(int timeoutMs) {
    const QDeadlineTimer deadline =
        timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs);
    // A pidfd wakes the poll when the child ends, even if it left its output open to a
    // grandchild; without one (old kernels) the poll looks again every 10 ms.
    const int pidFd = m_running ? int(::syscall(SYS_pidfd_open, m_pid, 0)) : -1;
    while (m_running) {
        pollfd fds[3];
        nfds_t count = 0;
        for (int fd : {m_outputFd, m_errorFd, pidFd})
            if (fd >= 0)
                fds[count++] = pollfd{fd, POLLIN, 0};
        qint64 waitMs = deadline.remainingTime();
        if (pidFd < 0 && (waitMs < 0 || waitMs > 10))
            waitMs = 10;
        if (::poll(fds, count, int(waitMs)) < 0 && errno != EINTR)
            break;
        if (m_outputFd >= 0 && !drain(m_outputFd, &m_output)) {
            ::close(m_outputFd);
            m_outputFd = -1;
        }
        if (m_errorFd >= 0 && !drain(m_errorFd, &m_error)) {
            ::close(m_errorFd);
            m_errorFd = -1;
        }
        isRunning();
        if (m_running && deadline.hasExpired())
            break;
    }
    if (pidFd >= 0)
        ::close(pidFd);
    if (!m_running) {
        // What the child wrote just before it ended.
        if (m_outputFd >= 0)
            drain(m_outputFd, &m_output);
        if (m_errorFd >= 0)
            drain(m_errorFd, &m_error);
        closePipes();
    }
    return !m_running;
}

bool ChildProcess::isRunning() {
    if (!m_running)
        return false;
    int status = 0;
    pid_t result;
    do {
        result = ::waitpid(m_pid, &status, WNOHANG);
    } while (result < 0 && errno == EINTR);
    if (result == m_pid)
        reap(status);
    else if (result < 0)
        reap(-1); // not our child any more (reaped elsewhere): treat as ended abnormally
    return m_running;
}

void ChildProcess::kill() {
    if (m_running)
        ::kill(m_pid, SIGKILL);
}

void ChildProcess::reap(int status) {
    m_running = false;
    m_exitCode = status >= 0 && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

void ChildProcess::closePipes() {
    for (int* fd : {&m_outputFd, &m_errorFd}) {
        if (*fd >= 0)
            ::close(*fd);
        *fd = -1;
    }
}

int runProgram(const QString& program, const QStringList& arguments, QByteArray* output,
               int timeoutMs, const ChildProcess::Options& options) {
    ChildProcess process;
    Error error;
    if (!process.start(program, arguments, options, error)) {
        if (output)
            *output = error.text().toLocal8Bit();
        return -1;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    if (output)
        *output = process.standardOutput();
    return process.exitCode();
}

} // namespace seatsim
