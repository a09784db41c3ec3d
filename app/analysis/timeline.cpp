#include "analysis/timeline.h"

#include "common/sqlstate.h"
#include "engine/recordstore.h"

#include <algorithm>
#include <bit>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

constexpr qint64 lockWaitMinimumNs = 1'000'000;

std::uint8_t maskOf(const std::array<int, phaseCount>& counts) {
    std::uint8_t mask = 0;
    for (int p = 0; p < phaseCount; ++p) {
        if (counts[size_t(p)] > 0)
            mask |= std::uint8_t(1u << unsigned(p));
    }
    return mask;
}

} // namespace

void Timeline::Median::add(qint64 ns) {
    ++histogram[size_t(std::bit_width(quint64(qMax<qint64>(0, ns))) & 63)];
    ++samples;
}

qint64 Timeline::Median::median() const {
    int seen = 0;
    for (size_t bin = 0; bin < histogram.size(); ++bin) {
        seen += histogram[bin];
        if (2 * seen >= samples)
            return qint64(1) << bin; // the upper end of the bin: errs against false lock waits
    }
    return 0;
}

void Timeline::setScript(const StrategyScript& script) {
    m_script = script;
    m_commandPhases = ScriptPhases::ofScript(script);
    m_seatWrites = SeatWrites::of(script);
    m_medians.assign(m_commandPhases.size(), Median());
}

void Timeline::clear() {
    m_lanes.clear();
    m_bySequence.clear();
    m_medians.assign(m_commandPhases.size(), Median());
    m_lastSequence = 0;
    m_attempts = 0;
    m_startNs = 0;
    m_endNs = 0;
}

Timeline::Lane* Timeline::lane(int worker) {
    if (worker <= 0)
        return nullptr;
    if (size_t(worker) > m_lanes.size())
        m_lanes.resize(size_t(worker));
    return &m_lanes[size_t(worker) - 1];
}

const Timeline::Lane* Timeline::lane(int worker) const {
    if (worker <= 0 || size_t(worker) > m_lanes.size())
        return nullptr;
    return &m_lanes[size_t(worker) - 1];
}

void Timeline::addRecords(const QList<AttemptRecord>& records) {
    for (const AttemptRecord& record : records)
        add(record);
    if (m_attempts > m_capacity + m_capacity / 4)
        dropOldest();
}

void Timeline::dropOldest() {
    // The end time before which the oldest attempts beyond the capacity ended. Linear, and no
    // lane gets sorted for it (records arrive in completion order, not in start order).
    std::vector<qint64> ends;
    ends.reserve(size_t(m_attempts));
    for (const Lane& lane : m_lanes) {
        for (const AttemptRecord& record : lane.attempts)
            ends.push_back(record.endNs);
    }
    const auto nth = ends.begin() + std::ptrdiff_t(ends.size() - size_t(m_capacity));
    std::nth_element(ends.begin(), nth, ends.end());
    const qint64 cutoffNs = *nth;

    m_attempts = 0;
    for (Lane& lane : m_lanes) {
        const auto kept =
            std::stable_partition(lane.attempts.begin(), lane.attempts.end(),
                                  [&](const AttemptRecord& a) { return a.endNs < cutoffNs; });
        for (auto it = lane.attempts.begin(); it != kept; ++it)
            m_bySequence.remove(it->sequence);
        lane.attempts.erase(lane.attempts.begin(), kept);
        // Statements that end after the cutoff stay, so that every statement overlapping
        // [startNs(), endNs()) is still drawn.
        std::erase_if(lane.segs, [&](const Seg& seg) { return seg.endNs <= cutoffNs; });
        std::erase_if(lane.waits, [&](const Wait& wait) { return wait.timeNs < cutoffNs; });
        lane.blocks.clear();
        if (lane.sorted) { // else ensureSorted() builds them
            for (size_t i = 0; i < lane.segs.size(); ++i)
                addToBlocks(lane, i);
        }
        m_attempts += qsizetype(lane.attempts.size());
    }
    m_startNs = cutoffNs;
}

qsizetype Timeline::feed(const RecordStore& store) {
    const QList<AttemptRecord> records = store.since(m_lastSequence);
    addRecords(records);
    return records.size();
}

void Timeline::addMonitorSample(const MonitorSample& sample) {
    for (const LockWait& wait : sample.waits) {
        Lane* waiter = lane(wait.waiter);
        if (!waiter)
            continue;
        const Wait entry{sample.elapsedNs, wait.blocker};
        if (!waiter->waits.empty() && waiter->waits.back().timeNs > entry.timeNs) {
            auto at = std::upper_bound(waiter->waits.begin(), waiter->waits.end(), entry.timeNs,
                                       [](qint64 time, const Wait& w) { return time < w.timeNs; });
            waiter->waits.insert(at, entry);
        } else {
            waiter->waits.push_back(entry);
        }
    }
}

Phase Timeline::phaseOf(const Lane& lane, const AttemptStatement& statement) {
    const StatementTrace& trace = statement.trace;
    if (trace.failed()) {
        const SqlStateKind kind = sqlStateKind(QLatin1StringView(trace.sqlState.data()));
        return kind == SqlStateKind::Deadlock || kind == SqlStateKind::SerializationFailure
                   ? Phase::RolledBack
                   : Phase::Failed;
    }
    const bool known = trace.command >= 0 && size_t(trace.command) < m_commandPhases.size();
    const Phase base = known ? m_commandPhases[size_t(trace.command)] : Phase::Other;
    if (base == Phase::Think)
        return base;
    auto seen = std::lower_bound(lane.waits.begin(), lane.waits.end(), trace.startNs,
                                 [](const Wait& w, qint64 time) { return w.timeNs < time; });
    if (seen != lane.waits.end() && seen->timeNs <= trace.endNs)
        return Phase::LockWait;
    if (!known)
        return base;
    Median& median = m_medians[size_t(trace.command)];
    const qint64 duration = trace.endNs - trace.startNs;
    const qint64 typical = median.median();
    const bool slow = median.samples >= medianMinimumSamples &&
                      duration > lockWaitFactor * typical && duration - typical > lockWaitMinimumNs;
    median.add(duration);
    return slow ? Phase::LockWait : base;
}

void Timeline::addToBlocks(Lane& lane, size_t index) {
    const size_t block = index / blockSize;
    if (lane.blocks.size() <= block)
        lane.blocks.resize(block + 1);
    const Seg& seg = lane.segs[index];
    lane.blocks[block].durations[size_t(seg.phase)] += seg.endNs - seg.startNs;
    ++lane.blocks[block].counts[size_t(seg.phase)];
}

void Timeline::add(const AttemptRecord& record) {
    Lane* target = lane(record.worker);
    if (!target)
        return;
    if (!target->attempts.empty() && record.startNs < target->attempts.back().startNs)
        target->sorted = false;
    for (const AttemptStatement& statement : record.statements) {
        const Seg seg{statement.trace.startNs, statement.trace.endNs, record.sequence,
                      phaseOf(*target, statement)};
        if (!target->segs.empty() && seg.startNs < target->segs.back().startNs)
            target->sorted = false;
        target->segs.push_back(seg);
        if (target->sorted)
            addToBlocks(*target, target->segs.size() - 1);
    }
    target->attempts.push_back(record);
    m_bySequence.insert(record.sequence, {record.worker, record.startNs});
    m_startNs = m_attempts == 0 ? record.startNs : qMin(m_startNs, record.startNs);
    m_endNs = qMax(m_endNs, record.endNs);
    m_lastSequence = qMax(m_lastSequence, record.sequence);
    ++m_attempts;
}

void Timeline::ensureSorted(const Lane& constLane) const {
    if (constLane.sorted)
        return;
    Lane& lane = const_cast<Lane&>(constLane); // m_lanes is mutable: sorting is a cache
    std::stable_sort(
        lane.attempts.begin(), lane.attempts.end(),
        [](const AttemptRecord& a, const AttemptRecord& b) { return a.startNs < b.startNs; });
    std::stable_sort(lane.segs.begin(), lane.segs.end(),
                     [](const Seg& a, const Seg& b) { return a.startNs < b.startNs; });
    lane.blocks.clear();
    for (size_t i = 0; i < lane.segs.size(); ++i)
        addToBlocks(lane, i);
    lane.sorted = true;
}

Timeline::Block Timeline::total(const Lane& lane, size_t first, size_t last) const {
    Block sum;
    auto addSeg = [&](size_t i) {
        const Seg& seg = lane.segs[i];
        sum.durations[size_t(seg.phase)] += seg.endNs - seg.startNs;
        ++sum.counts[size_t(seg.phase)];
    };
    while (first < last && first % blockSize != 0)
        addSeg(first++);
    while (first + blockSize <= last) {
        const Block& block = lane.blocks[first / blockSize];
        for (size_t p = 0; p < size_t(phaseCount); ++p) {
            sum.durations[p] += block.durations[p];
            sum.counts[p] += block.counts[p];
        }
        first += blockSize;
    }
    while (first < last)
        addSeg(first++);
    return sum;
}

QList<TimelineSegment> Timeline::segments(int worker, qint64 fromNs, qint64 toNs,
                                          int pixelWidth) const {
    QList<TimelineSegment> result;
    const Lane* source = lane(worker);
    if (!source || pixelWidth <= 0 || toNs <= fromNs)
        return result;
    ensureSorted(*source);
    const std::vector<Seg>& segs = source->segs;
    const qint64 pixelNs = qMax<qint64>(1, (toNs - fromNs + pixelWidth - 1) / pixelWidth);

    auto single = [&](size_t i) {
        const Seg& seg = segs[i];
        result.append({seg.startNs, seg.endNs, seg.phase, 1,
                       std::uint8_t(1u << unsigned(seg.phase)), seg.sequence});
    };
    auto bucket = [&](size_t first, size_t last) { // [first, last]
        if (first == last)
            return single(first);
        const Block sum = total(*source, first, last + 1);
        size_t dominant = 0;
        for (size_t p = 1; p < size_t(phaseCount); ++p) {
            if (sum.durations[p] > sum.durations[dominant])
                dominant = p;
        }
        result.append({segs[first].startNs, segs[last].endNs, Phase(dominant),
                       int(last - first + 1), maskOf(sum.counts), 0});
    };

    // Non-overlapping segments sorted by start are sorted by end as well.
    size_t i = size_t(std::partition_point(segs.begin(), segs.end(),
                                           [&](const Seg& s) { return s.endNs <= fromNs; }) -
                      segs.begin());
    while (i < segs.size() && segs[i].startNs < toNs) {
        const qint64 pixel = (qMax(segs[i].startNs, fromNs) - fromNs) / pixelNs;
        const qint64 pixelEnd = fromNs + (pixel + 1) * pixelNs;
        const size_t j =
            size_t(std::partition_point(segs.begin() + qsizetype(i) + 1, segs.end(),
                                        [&](const Seg& s) { return s.startNs < pixelEnd; }) -
                   segs.begin());
        // Of the segments that start within this pixel only the last can reach beyond it.
        const size_t last = j - 1;
        if (last > i && segs[last].endNs - segs[last].startNs >= pixelNs) {
            bucket(i, last - 1);
            single(last);
        } else {
            bucket(i, last);
        }
        i = j;
    }
    return result;
}

AttemptRef Timeline::reference(const Lane& lane, const AttemptRecord& record) const {
    AttemptRef ref;
    ref.worker = record.worker;
    ref.sequence = record.sequence;
    ref.record = record;
    ref.seatsRead = record.seatsRead;
    if (record.outcome == AttemptOutcome::Reserved && record.seatsRead >= 0 &&
        m_seatWrites.writesReadValue)
        ref.seatsWritten = record.seatsRead - m_seatWrites.decrement;
    ref.sqlState = record.sqlStateText();

    auto seg = std::partition_point(lane.segs.begin(), lane.segs.end(),
                                    [&](const Seg& s) { return s.startNs < record.startNs; });
    const auto& commands = m_script.isNull() ? std::vector<ScriptCommand>() : m_script.commands();
    for (const AttemptStatement& statement : record.statements) {
        while (seg != lane.segs.end() && seg->sequence != record.sequence &&
               seg->startNs <= statement.trace.startNs)
            ++seg;
        TimelineStatement out;
        out.command = statement.trace.command;
        out.tryIndex = statement.tryIndex;
        out.startNs = statement.trace.startNs;
        out.endNs = statement.trace.endNs;
        out.sqlState = QString::fromLatin1(statement.trace.sqlState.data());
        if (seg != lane.segs.end() && seg->sequence == record.sequence) {
            out.phase = seg->phase;
            ++seg;
        }
        if (out.command >= 0 && size_t(out.command) < commands.size())
            out.sql = commands[size_t(out.command)].sql;
        ref.statements.append(out);
    }
    auto wait = std::lower_bound(lane.waits.begin(), lane.waits.end(), record.startNs,
                                 [](const Wait& w, qint64 time) { return w.timeNs < time; });
    for (; wait != lane.waits.end() && wait->timeNs <= record.endNs; ++wait) {
        if (!ref.blockedBy.contains(wait->blocker))
            ref.blockedBy.append(wait->blocker);
    }
    return ref;
}

std::optional<AttemptRef> Timeline::attemptAt(int worker, qint64 timeNs, qint64 toleranceNs) const {
    const Lane* source = lane(worker);
    if (!source)
        return std::nullopt;
    ensureSorted(*source);
    const std::vector<AttemptRecord>& attempts = source->attempts;
    const auto after =
        std::partition_point(attempts.begin(), attempts.end(), [&](const AttemptRecord& a) {
            return a.startNs <= timeNs + toleranceNs;
        });
    auto distance = [&](const AttemptRecord& a) {
        if (timeNs < a.startNs)
            return a.startNs - timeNs;
        return timeNs > a.endNs ? timeNs - a.endNs : 0;
    };
    const AttemptRecord* best = nullptr;
    for (auto it = after; it != attempts.begin() && after - it < 2;) {
        --it;
        if (distance(*it) <= toleranceNs && (!best || distance(*it) < distance(*best)))
            best = &*it;
    }
    if (!best)
        return std::nullopt;
    return reference(*source, *best);
}

std::optional<AttemptRef> Timeline::attempt(qint64 sequence) const {
    const auto found = m_bySequence.constFind(sequence);
    if (found == m_bySequence.constEnd())
        return std::nullopt;
    const Lane* source = lane(found->first);
    ensureSorted(*source);
    auto it =
        std::partition_point(source->attempts.begin(), source->attempts.end(),
                             [&](const AttemptRecord& a) { return a.startNs < found->second; });
    for (; it != source->attempts.end() && it->startNs == found->second; ++it) {
        if (it->sequence == sequence)
            return reference(*source, *it);
    }
    return std::nullopt;
}

} // namespace seatsim
