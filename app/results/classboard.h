#pragma once

#include "common/error.h"
#include "server/connectionsettings.h"
#include <QCoreApplication>

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

class QThread;

namespace seatsim {

// The latest run of one strategy in one schema.
struct BoardStrategy {
    QString id;
    QString title;
    QString script;  // the text that ran
    QString verdict; // Verdict::kindId(): correct, inconsistent, not_correct, unjudged
    QString headline;
    QDateTime ranAt;
    qint64 runs = 0; // runs of this strategy in the schema

    bool operator==(const BoardStrategy&) const = default;
};

// One SeatSim schema on the server, as the login that reads the board sees it.
struct BoardSchema {
    enum class Access { Readable, NoSchemaUsage, NoHistorySelect, ForeignHistory };

    QString schema;
    QString owner;
    Access access = Access::Readable;
    qint64 runs = 0; // 0 as well when the schema has no run_history table yet
    std::optional<QDateTime> latestRun;
    QList<BoardStrategy> strategies; // by id

    bool readable() const { return access == Access::Readable; }
    // "readable", "no_usage", "no_select", "foreign_history" (a run_history SeatSim did not
    // make: listed, not read).
    QString accessId() const;
    QString accessText() const; // in words, e.g. "not readable: no USAGE on the schema"
    // schema, owner, readable, access, runs, latest_run, strategies [{id, title, verdict,
    // headline, ran_at, runs, script}].
    QJsonObject toJson() const;

    bool operator==(const BoardSchema&) const = default;
};

// The lecturer's view of the course server: every SeatSim schema of the database.
struct ClassBoard {
    QList<BoardSchema> schemas; // by name

    const BoardSchema* find(const QString& schema) const;
    // The readable table that `seatsim --headless --board` prints.
    QString report() const;

    bool operator==(const ClassBoard&) const = default;

    Q_DECLARE_TR_FUNCTIONS(ClassBoard)
};

// Reads the board in the connection's thread: two statements (the catalogue, then one UNION
// ALL over the readable schemas' run_history) in one READ ONLY transaction, so the board
// never writes into a student's schema.
std::optional<ClassBoard> readClassBoard(const QSqlDatabase& db, Error& error);
// The same on a connection of its own, opened and closed in the calling thread.
std::optional<ClassBoard> readClassBoard(const ConnectionSettings& settings, Error& error);

// Reads the board off the calling thread, on a connection of its own that lives and dies in
// that thread. For the window, which refreshes it every two seconds.
class ClassBoardReader : public QObject {
    Q_OBJECT
public:
    explicit ClassBoardReader(QObject* parent = nullptr);
    ~ClassBoardReader() override; // waits for a read that is still going

    void setConnection(const ConnectionSettings& settings) { m_settings = settings; }
    // Starts a read unless one is going; the result arrives as read() or failed().
    void refresh();

Q_SIGNALS:
    void read(const seatsim::ClassBoard& board);
    void failed(const QString& message);

private:
    void deliver();

    ConnectionSettings m_settings;
    std::unique_ptr<QThread> m_thread;
    std::optional<ClassBoard> m_board; // written by the thread, read after joining it
    Error m_error;
};

} // namespace seatsim

Q_DECLARE_METATYPE(seatsim::ClassBoard)
