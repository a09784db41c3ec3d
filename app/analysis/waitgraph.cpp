#include "analysis/waitgraph.h"

#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

// Backends are identified by pid; a sample without pids falls back to the worker number.
qint64 nodeOf(int pid, int worker) {
    return pid != 0 ? qint64(pid) : -qint64(worker) - 1;
}

const QRegularExpression& deadlockLine() {
    static const QRegularExpression line(
        u"Process (\\d+) waits for (.+?); blocked by process (\\d+)\\."_s);
    return line;
}

} // namespace

QString WaitCycle::describe() const {
    QStringList names;
    for (qsizetype i = 0; i < qMax(pids.size(), workers.size()); ++i) {
        const int worker = i < workers.size() ? workers[i] : 0;
        names << (worker > 0 ? WaitGraph::tr("worker %1").arg(worker)
                             : WaitGraph::tr("process %1").arg(i < pids.size() ? pids[i] : 0));
    }
    if (!names.isEmpty())
        names << names.first();
    return names.join(u" → "_s);
}

QStringList WaitCycle::story() const {
    const auto name = [](int worker, int pid) {
        return worker > 0 ? WaitGraph::tr("worker %1").arg(worker)
                          : WaitGraph::tr("process %1").arg(pid);
    };
    const qsizetype count = qMax(pids.size(), workers.size());
    QStringList lines;
    for (qsizetype i = 0; i < count; ++i) {
        const qsizetype next = (i + 1) % count;
        const QString waiter =
            name(i < workers.size() ? workers[i] : 0, i < pids.size() ? pids[i] : 0);
        const QString holder =
            name(next < workers.size() ? workers[next] : 0, next < pids.size() ? pids[next] : 0);
        const int session = i < heldSessions.size() ? heldSessions[i] : 0;
        lines << (session > 0 ? WaitGraph::tr("%1 waited for %2, which held session %3's row")
                                    .arg(waiter, holder)
                                    .arg(session)
                              : WaitGraph::tr("%1 waited for %2").arg(waiter, holder));
    }
    return lines;
}

void WaitCycle::attachSessions(const AttemptRecord& victim) {
    const qsizetype count = workers.size();
    heldSessions = QList<int>(count, 0);
    const qsizetype at = workers.indexOf(victim.worker);
    if (at < 0 || victim.session <= 0)
        return;
    // A retry repeats the same draws: a one-session booking's row is known from any try.
    if (victim.session2 <= 0) {
        heldSessions.fill(victim.session); // everyone waited for the same row: a lock upgrade
        return;
    }
    // What was read is known of the last try only.
    if (victim.sqlStateText() != u"40P01"_s)
        return;
    if (victim.seatsRead >= 0 && victim.seatsRead2 < 0) {
        heldSessions[at] = victim.session2;
        if (count == 2)
            heldSessions[(at + 1) % count] = victim.session;
    } else if (victim.seatsRead < 0) {
        heldSessions[at] = victim.session;
    }
}

void WaitGraph::add(const LockWait& wait) {
    if (!m_edges.contains(wait))
        m_edges.append(wait);
}

void WaitGraph::add(const QList<LockWait>& waits) {
    for (const LockWait& wait : waits)
        add(wait);
}

bool WaitGraph::hasEdge(int waiterWorker, int blockerWorker) const {
    return std::any_of(m_edges.begin(), m_edges.end(), [&](const LockWait& wait) {
        return wait.waiter == waiterWorker && wait.blocker == blockerWorker;
    });
}

QList<int> WaitGraph::workers() const {
    QList<int> result;
    for (const LockWait& wait : m_edges) {
        for (int worker : {wait.waiter, wait.blocker}) {
            if (!result.contains(worker))
                result.append(worker);
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

WaitCycle WaitGraph::cycle() const {
    QHash<qint64, QList<qint64>> next;
    QHash<qint64, std::pair<int, int>> identity; // node -> pid, worker
    for (const LockWait& wait : m_edges) {
        const qint64 from = nodeOf(wait.waiterPid, wait.waiter);
        const qint64 to = nodeOf(wait.blockerPid, wait.blocker);
        next[from].append(to);
        identity.insert(from, {wait.waiterPid, wait.waiter});
        identity.insert(to, {wait.blockerPid, wait.blocker});
    }
    QList<qint64> nodes = identity.keys();
    std::sort(nodes.begin(), nodes.end());
    for (QList<qint64>& targets : next)
        std::sort(targets.begin(), targets.end());

    // Depth-first search with colours; a grey target closes a cycle along the current path.
    enum Colour : std::uint8_t { White, Grey, Black };
    QHash<qint64, Colour> colour;
    QList<qint64> path;
    QList<qint64> found;
    std::function<bool(qint64)> visit = [&](qint64 node) {
        colour[node] = Grey;
        path.append(node);
        for (qint64 target : next.value(node)) {
            const Colour c = colour.value(target, White);
            if (c == Grey) {
                found = path.mid(path.indexOf(target));
                return true;
            }
            if (c == White && visit(target))
                return true;
        }
        path.removeLast();
        colour[node] = Black;
        return false;
    };
    for (qint64 node : nodes) {
        if (colour.value(node, White) == White && visit(node))
            break;
    }
    WaitCycle result;
    if (found.isEmpty())
        return result;
    std::rotate(found.begin(), std::min_element(found.begin(), found.end()), found.end());
    for (qint64 node : found) {
        result.pids << identity.value(node).first;
        result.workers << identity.value(node).second;
    }
    return result;
}

QString WaitGraph::nameBackends(const QString& detail, const std::function<int(int)>& workerOfPid) {
    const auto name = [&](const QString& pid) {
        const int worker = workerOfPid ? workerOfPid(pid.toInt()) : 0;
        return worker > 0 ? tr("worker %1").arg(worker) : tr("process %1").arg(pid);
    };
    QStringList lines;
    for (auto it = deadlockLine().globalMatch(detail); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        lines << tr("%1 waits for %2; blocked by %3")
                     .arg(name(match.captured(1)), match.captured(2), name(match.captured(3)));
    }
    return lines.isEmpty() ? detail : lines.join(u'\n');
}

WaitCycle WaitGraph::parseDeadlockDetail(const QString& text,
                                         const std::function<int(int)>& workerOfPid) {
    QHash<int, std::pair<int, QString>> blockedBy; // pid -> blocker, lock
    QList<int> order;
    for (auto it = deadlockLine().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const int pid = match.captured(1).toInt();
        if (blockedBy.contains(pid))
            continue;
        blockedBy.insert(pid, {match.captured(3).toInt(), match.captured(2)});
        order << pid;
    }
    WaitCycle result;
    if (order.isEmpty())
        return result;
    QList<int> pids;
    QStringList locks;
    for (int pid = order.first(); !pids.contains(pid);) {
        const auto found = blockedBy.constFind(pid);
        if (found == blockedBy.constEnd())
            return result; // the chain does not close
        pids << pid;
        locks << found->second;
        pid = found->first;
    }
    if (blockedBy.value(pids.last()).first != pids.first())
        return result;
    result.pids = pids;
    result.locks = locks;
    for (int pid : pids)
        result.workers << (workerOfPid ? workerOfPid(pid) : 0);
    return result;
}

std::optional<QList<LockWait>> WaitGraph::sample(const QSqlDatabase& db,
                                                 const std::function<int(int)>& workerOfPid,
                                                 bool onlyThisProgram, Error& error) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    QString sql = u"SELECT pid, unnest(pg_blocking_pids(pid)) FROM pg_stat_activity "
                  "WHERE wait_event_type = 'Lock'"_s;
    if (onlyThisProgram)
        sql += u" AND application_name = current_setting('application_name')"_s;
    if (!query.exec(sql)) {
        error.message = query.lastError().text();
        error.sqlState = query.lastError().nativeErrorCode();
        return std::nullopt;
    }
    QList<LockWait> waits;
    while (query.next()) {
        const int waiter = query.value(0).toInt();
        const int blocker = query.value(1).toInt();
        waits.append({workerOfPid ? workerOfPid(waiter) : 0, workerOfPid ? workerOfPid(blocker) : 0,
                      waiter, blocker});
    }
    return waits;
}

} // namespace seatsim
