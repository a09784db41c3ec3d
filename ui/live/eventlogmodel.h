#pragma once

#include "engine/attemptrecord.h"
#include "script/strategyscript.h"

#include <QAbstractTableModel>
#include <QMap>
#include <deque>

namespace seatsim {

// One row per reservation attempt, the newest last, at most `capacity` rows: older rows make
// room in batches, so a run of any length keeps a fixed size.
class EventLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Sequence,
        Time,
        Worker,
        User,
        Session,
        SeatsRead,
        Outcome,
        Tries,
        SqlState, // of every failed try, those that were retried included
        Message,  // the server's (or the script's) words for the last failed try
        ColumnCount
    };
    static constexpr int outcomeRole = Qt::UserRole + 1; // AttemptOutcome as int
    static constexpr int workerRole = Qt::UserRole + 2;
    static constexpr int sequenceRole = Qt::UserRole + 3;

    explicit EventLogModel(qsizetype capacity = 5000, QObject* parent = nullptr);

    void clear();
    // The script whose attempts come: which of its commands read (\gset) the seats.
    void setScript(const StrategyScript& script);
    void append(const QList<AttemptRecord>& records);
    // Names the backends of a deadlock's DETAIL by their workers (pid -> worker).
    void setWorkerOfBackend(const QMap<int, int>& workerOfBackend) {
        m_workerOfBackend = workerOfBackend;
    }
    qint64 lastSequence() const { return m_lastSequence; }
    qsizetype capacity() const { return m_capacity; }
    // Row of the record with this sequence number, -1 when it has made room.
    int rowOf(qint64 sequence) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static bool isTrouble(AttemptOutcome outcome);

private:
    struct Row {
        qint64 sequence;
        qint64 endNs;
        int worker;
        int user;
        int session;
        int session2;
        int seatsRead;
        int seatsRead2;
        bool read; // a \gset of the script ran: -1 is a value read, not "none"
        int tries;
        AttemptOutcome outcome;
        QString sqlStates; // AttemptRecord::failedTriesText()
        QString errorMessage;
        QString errorDetail;
    };

    QString seatsText(const Row& row) const;

    std::deque<Row> m_rows;
    std::vector<bool> m_gsetCommands; // per command of the script
    QMap<int, int> m_workerOfBackend;
    qsizetype m_capacity;
    qint64 m_lastSequence = 0;
};

} // namespace seatsim
