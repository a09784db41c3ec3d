#include "live/eventlogmodel.h"

#include "analysis/waitgraph.h"

#include <QColor>

#include <QBrush>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace seatsim {

EventLogModel::EventLogModel(qsizetype capacity, QObject* parent)
    : QAbstractTableModel(parent)
    , m_capacity(qMax<qsizetype>(capacity, 1)) {
}

void EventLogModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_lastSequence = 0;
    endResetModel();
}

void EventLogModel::setScript(const StrategyScript& script) {
    m_gsetCommands.clear();
    if (script.isNull())
        return;
    for (const ScriptCommand& command : script.commands())
        m_gsetCommands.push_back(command.kind == ScriptCommand::Kind::Sql && command.gset);
}

namespace {
bool ranAGset(const AttemptRecord& record, const std::vector<bool>& gsetCommands) {
    return std::any_of(record.statements.cbegin(), record.statements.cend(),
                       [&](const AttemptStatement& statement) {
                           const int command = statement.trace.command;
                           return !statement.trace.failed() && command >= 0 &&
                                  size_t(command) < gsetCommands.size() &&
                                  gsetCommands[size_t(command)];
                       });
}
} // namespace

QString EventLogModel::seatsText(const Row& row) const {
    // -1 is also the record's "nothing read"; a \gset that ran says it was read.
    const auto value = [&row](int seats) {
        return seats != -1 || row.read ? QLocale().toString(seats) : u"–"_s;
    };
    if (row.session2 > 0 && (row.seatsRead2 != -1 || row.read))
        return u"%1, %2"_s.arg(value(row.seatsRead), value(row.seatsRead2));
    return value(row.seatsRead);
}

void EventLogModel::append(const QList<AttemptRecord>& records) {
    QList<AttemptRecord>::const_iterator first = records.cbegin();
    while (first != records.cend() && first->sequence <= m_lastSequence)
        ++first;
    qsizetype incoming = records.cend() - first;
    if (incoming <= 0)
        return;
    if (incoming > m_capacity) {
        first += incoming - m_capacity;
        incoming = m_capacity;
    }
    const qsizetype overflow = qsizetype(m_rows.size()) + incoming - m_capacity;
    if (overflow > 0) {
        beginRemoveRows({}, 0, int(overflow) - 1);
        m_rows.erase(m_rows.begin(), m_rows.begin() + overflow);
        endRemoveRows();
    }
    const int start = int(m_rows.size());
    beginInsertRows({}, start, start + int(incoming) - 1);
    for (auto it = first; it != records.cend(); ++it) {
        m_rows.push_back({it->sequence, it->endNs, it->worker, it->user, it->session, it->session2,
                          it->seatsRead, it->seatsRead2, ranAGset(*it, m_gsetCommands), it->tries,
                          it->outcome, it->failedTriesText(), it->errorMessage, it->errorDetail});
    }
    m_lastSequence = m_rows.back().sequence;
    endInsertRows();
}

int EventLogModel::rowOf(qint64 sequence) const {
    const auto it = std::lower_bound(m_rows.begin(), m_rows.end(), sequence,
                                     [](const Row& row, qint64 s) { return row.sequence < s; });
    if (it == m_rows.end() || it->sequence != sequence)
        return -1;
    return int(it - m_rows.begin());
}

int EventLogModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row& row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Sequence:
            return row.sequence;
        case Time:
            return QLocale().toString(row.endNs / 1e9, 'f', 2);
        case Worker:
            return row.worker;
        case User:
            return row.user;
        case Session:
            return row.session2 > 0 ? u"%1 + %2"_s.arg(row.session).arg(row.session2)
                                    : QString::number(row.session);
        case SeatsRead:
            return seatsText(row);
        case Outcome:
            return outcomeWord(row.outcome);
        case Tries:
            return row.tries;
        case SqlState:
            return row.sqlStates;
        case Message:
            return row.errorMessage.simplified();
        }
        return {};
    case Qt::ToolTipRole: {
        if (row.errorMessage.isEmpty())
            return {};
        QString text = row.sqlStates.isEmpty()
                           ? row.errorMessage
                           : tr("SQLSTATE %1: %2").arg(row.sqlStates, row.errorMessage);
        if (!row.errorDetail.isEmpty())
            text += u'\n' +
                    tr("DETAIL: %1").arg(WaitGraph::nameBackends(row.errorDetail, [this](int pid) {
                        return m_workerOfBackend.value(pid);
                    }));
        return text;
    }
    case Qt::TextAlignmentRole:
        return index.column() == Outcome || index.column() == Message
                   ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        switch (row.outcome) {
        case AttemptOutcome::Reserved:
            return QBrush(QColor(0xE3, 0xF4, 0xEE));
        case AttemptOutcome::Full:
        case AttemptOutcome::Stopped:
            return {};
        case AttemptOutcome::GaveUp:
            return QBrush(QColor(0xFB, 0xEC, 0xC8));
        case AttemptOutcome::Unknown:
            return QBrush(QColor(0xF3, 0xDE, 0xEA));
        case AttemptOutcome::Error:
        case AttemptOutcome::ConnectionLost:
            return QBrush(QColor(0xF8, 0xD8, 0xC4));
        }
        return {};
    case Qt::ForegroundRole:
        if (row.outcome == AttemptOutcome::Full || row.outcome == AttemptOutcome::Stopped)
            return QBrush(QColor(0x55, 0x55, 0x55));
        return QBrush(Qt::black);
    case outcomeRole:
        return int(row.outcome);
    case workerRole:
        return row.worker;
    case sequenceRole:
        return row.sequence;
    }
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sequence:
        return tr("#");
    case Time:
        return tr("time s");
    case Worker:
        return tr("worker");
    case User:
        return tr("user");
    case Session:
        return tr("session");
    case SeatsRead:
        return tr("seats read");
    case Outcome:
        return tr("outcome");
    case Tries:
        return tr("tries");
    case SqlState:
        return tr("SQLSTATE");
    case Message:
        return tr("message");
    }
    return {};
}

bool EventLogModel::isTrouble(AttemptOutcome outcome) {
    switch (outcome) {
    case AttemptOutcome::Reserved:
    case AttemptOutcome::Full:
    case AttemptOutcome::Stopped:
        return false;
    default:
        return true;
    }
}

} // namespace seatsim
