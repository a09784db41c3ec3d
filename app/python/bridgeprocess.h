#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace seatsim {

// The Python interpreter that runs students' answers: $SEATSIM_PYTHON, else Debian's
// /usr/bin/python3 (where python3-psycopg2 installs), else python3 from PATH.
QString pythonInterpreter();
// The bridge's source (app/python/bridge.py, compiled in as a resource).
QByteArray bridgeSource();

// One run of the bridge: `python3 -c <bridge> MODE ANSWER` in a process group of its own, its
// stdin and stdout pipes, its stderr kept. posix_spawn, as ChildProcess, for ThreadSanitizer's
// sake; unlike ChildProcess it talks while the bridge runs. Used from one thread.
class BridgeProcess {
public:
    BridgeProcess() = default;
    BridgeProcess(const BridgeProcess&) = delete;
    BridgeProcess& operator=(const BridgeProcess&) = delete;
    ~BridgeProcess(); // kills the group and reaps the bridge

    bool start(const QString& mode, const QString& answerPath, Error& error);
    bool write(const QByteArray& bytes);
    // The next line of stdout without its '\n'. False on a timeout (`timedOut` set) or at the
    // end of the output (the bridge exited or closed it).
    bool readLine(int timeoutMs, QByteArray* line, bool* timedOut);
    // SIGTERM to the bridge alone: it reports the calls that have not returned, and exits.
    void terminate();
    // SIGKILL to the bridge's whole process group: a student's call that never returns ends.
    void killGroup();
    // Waits for the bridge to exit; its exit code, -1 when killed or not started.
    int wait();
    QByteArray standardError() const { return m_error; }

private:
    void drainError();

    pid_t m_pid = 0;
    bool m_running = false;
    int m_exitCode = -1;
    int m_inFd = -1;
    int m_outFd = -1;
    int m_errFd = -1;
    QByteArray m_buffer;
    QByteArray m_error;
};

} // namespace seatsim
