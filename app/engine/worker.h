#pragma once

#include <QSqlDatabase>
#include <QThread>

namespace seatsim {

class RunContext;

// One worker of a load test: its own thread and its own connection, opened, used and removed
// in that thread. It attempts the scenario's reservations with the strategy script, retrying
// 40001/40P01 up to maxTries, and leaves an AttemptRecord for every attempt.
class Worker : public QThread {
    Q_OBJECT
public:
    Worker(RunContext* context, int number, QObject* parent = nullptr);

protected:
    void run() override;

private:
    void work(const QSqlDatabase& db);

    RunContext* m_context;
    int m_number; // 1-based
};

} // namespace seatsim
