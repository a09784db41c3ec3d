#pragma once

#include "engine/attemptrecord.h"

#include <QList>
#include <deque>
#include <mutex>

namespace seatsim {

// The attempt records of a run, bounded: once full, the oldest records make room.
// Workers append (one short lock per attempt); readers copy out what is new to them.
class RecordStore {
public:
    explicit RecordStore(qsizetype capacity = 100'000);

    void clear();
    // Assigns the record its sequence number.
    void append(AttemptRecord&& record);

    // Records with a sequence above `after`, oldest first, at most `limit` of the newest.
    QList<AttemptRecord> since(qint64 after, qsizetype limit = -1) const;
    qint64 lastSequence() const;
    qsizetype size() const;
    qsizetype capacity() const { return m_capacity; }

private:
    mutable std::mutex m_mutex;
    std::deque<AttemptRecord> m_records;
    qsizetype m_capacity;
    qint64 m_lastSequence = 0;
};

} // namespace seatsim
