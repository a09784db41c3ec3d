#include "engine/recordstore.h"

namespace seatsim {

RecordStore::RecordStore(qsizetype capacity)
    : m_capacity(qMax<qsizetype>(1, capacity)) {
}

void RecordStore::clear() {
    std::lock_guard lock(m_mutex);
    m_records.clear();
    m_lastSequence = 0;
}

void RecordStore::append(AttemptRecord&& record) {
    std::vector<AttemptStatement> evicted; // freed after the lock is released
    std::lock_guard lock(m_mutex);
    record.sequence = ++m_lastSequence;
    if (qsizetype(m_records.size()) == m_capacity) {
        evicted.swap(m_records.front().statements);
        m_records.pop_front();
    }
    m_records.push_back(std::move(record));
}

QList<AttemptRecord> RecordStore::since(qint64 after, qsizetype limit) const {
    std::lock_guard lock(m_mutex);
    QList<AttemptRecord> result;
    if (m_records.empty() || m_lastSequence <= after)
        return result;
    const qint64 first = m_records.front().sequence;
    qsizetype begin = qsizetype(qMax<qint64>(0, after + 1 - first));
    if (limit >= 0)
        begin = qMax(begin, qsizetype(m_records.size()) - limit);
    result.reserve(qsizetype(m_records.size()) - begin);
    for (auto it = m_records.begin() + begin; it != m_records.end(); ++it)
        result.append(*it);
    return result;
}

qint64 RecordStore::lastSequence() const {
    std::lock_guard lock(m_mutex);
    return m_lastSequence;
}

qsizetype RecordStore::size() const {
    std::lock_guard lock(m_mutex);
    return qsizetype(m_records.size());
}

} // namespace seatsim
