#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <sys/types.h>

namespace seatsim {

// Runs a program with posix_spawn and collects what it writes, for the short helper programs
// of PostgreSQL (pg_ctl, initdb, pg_config) and for the tests.
//
// Why not QProcess: Qt 6.4's QProcess starts children with clone(CLONE_VM | CLONE_VFORK) and runs
// its own code in the child, in the parent's memory. Under ThreadSanitizer that child code enters
// the sanitizer's interceptors with the calling thread's state and leaves them unbalanced at
// execve, after which the sanitizer no longer sees that thread's locks: every later access of the
// thread is reported as a race. glibc's posix_spawn runs only libc internals in the child.
class ChildProcess {
public:
    struct Options {
        QString workingDirectory;         // empty: the caller's
        QStringList environment;          // KEY=VALUE set on top of the caller's environment
        bool mergeErrorIntoOutput = true; // false: standardError() holds stderr apart
    };

    ChildProcess() = default;
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;
    // A child still running is killed and reaped.
    ~ChildProcess();

    // Starts `program` (looked up in PATH when it has no '/') with its standard input from
    // /dev/null. False with `error` set when it cannot be started.
    bool start(const QString& program, const QStringList& arguments, const Options& options,
               Error& error);
    bool start(const QString& program, const QStringList& arguments, Error& error) {
        return start(program, arguments, Options{}, error);
    }

    // Collects output until the program has ended, or until timeoutMs have passed (-1: no limit).
    // True when it has ended.
    bool waitForFinished(int timeoutMs = -1);
    bool isRunning();
    // SIGKILL; waitForFinished() then reaps it.
    void kill();

    qint64 processId() const { return m_pid; }
    // The exit code, or -1 when the program did not exit normally (killed, crashed, not started).
    int exitCode() const { return m_exitCode; }
    QByteArray standardOutput() const { return m_output; }
    QByteArray standardError() const { return m_error; }

private:
    void reap(int status);
    void closePipes();

    pid_t m_pid = 0;
    bool m_running = false;
    int m_exitCode = -1;
    int m_outputFd = -1;
    int m_errorFd = -1;
    QByteArray m_output;
    QByteArray m_error;
};

// Runs a program to its end (or kills it after timeoutMs) and returns its exit code, -1 when it
// could not start, did not exit normally or ran out of time. Output and error are merged.
int runProgram(const QString& program, const QStringList& arguments, QByteArray* output = nullptr,
               int timeoutMs = 120000, const ChildProcess::Options& options = {});

} // namespace seatsim
