#pragma once

#include "engine/attemptrecord.h"
#include "engine/snapshot.h"
#include "script/scriptphases.h"
#include "script/strategyscript.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace seatsim {

class RecordStore;

// A stretch of one worker's swimlane: one statement (count == 1), or the statements that start
// within one pixel merged into a bucket drawn in its dominant phase.
struct TimelineSegment {
    qint64 startNs = 0;
    qint64 endNs = 0;
    Phase phase = Phase::Other; // the phase, or the one that takes most of the bucket's time
    int count = 1;              // statements in the segment
    std::uint8_t phases = 0;    // bit (1 << Phase) for every phase in the segment
    qint64 sequence = 0;        // the attempt of a single statement, 0 for a bucket

    bool contains(Phase p) const { return phases & (1u << unsigned(p)); }
};

// One statement of an attempt as a tooltip shows it.
struct TimelineStatement {
    int command = -1;
    int tryIndex = 0;
    Phase phase = Phase::Other;
    qint64 startNs = 0;
    qint64 endNs = 0;
    QString sql;      // as the script writes it, :variables unsubstituted
    QString sqlState; // empty on success
};

// An attempt found by a hit test or by its sequence number.
struct AttemptRef {
    int worker = 0;
    qint64 sequence = 0;
    AttemptRecord record;
    QList<TimelineStatement> statements;
    int seatsRead = -1;
    int seatsWritten = -1; // -1 when the attempt wrote nothing
    QString sqlState;      // of the last failed try, empty when none failed
    QList<int> blockedBy;  // workers (0: another backend) the monitor saw it wait for
};

// Per-worker swimlanes of a run's attempts, fed incrementally from the record store, queried
// with a level of detail so that drawing costs at most a few segments per pixel.
class Timeline {
public:
    // A statement that takes this many times its command's median (and 1 ms more) counts as a
    // lock wait when no monitor sample says so.
    static constexpr int lockWaitFactor = 8;
    static constexpr int medianMinimumSamples = 16;

    // Holds the newest `capacity` attempts (as many as the record store), so that memory
    // stays bounded however long a run goes: beyond a quarter more, the oldest are dropped
    // and startNs() moves up to where the kept history begins.
    explicit Timeline(qsizetype capacity = 100'000)
        : m_capacity(qMax<qsizetype>(1, capacity)) {}
    qsizetype capacity() const { return m_capacity; }

    // Phases come from the script's commands; set it before adding records.
    void setScript(const StrategyScript& script);
    void clear();

    // Records in any order (a store hands them out in completion order).
    void addRecords(const QList<AttemptRecord>& records);
    // Adds what the store holds beyond lastSequence(); returns how many were added.
    qsizetype feed(const RecordStore& store);
    // Lock waits the monitor saw: statements running then become lock waits. Feed samples
    // before the records that they cover.
    void addMonitorSample(const MonitorSample& sample);

    qint64 lastSequence() const { return m_lastSequence; }
    int workerCount() const { return int(m_lanes.size()); } // workers are 1..workerCount()
    qsizetype attemptCount() const { return m_attempts; }
    qint64 startNs() const { return m_startNs; }
    qint64 endNs() const { return m_endNs; }

    // What worker's lane shows between fromNs and toNs at pixelWidth pixels: at most two
    // segments per pixel, ordered by time, covering every statement in the interval.
    QList<TimelineSegment> segments(int worker, qint64 fromNs, qint64 toNs, int pixelWidth) const;
    // The attempt of `worker` at timeNs, or the nearest within toleranceNs.
    std::optional<AttemptRef> attemptAt(int worker, qint64 timeNs, qint64 toleranceNs) const;
    std::optional<AttemptRef> attempt(qint64 sequence) const;

private:
    struct Seg {
        qint64 startNs;
        qint64 endNs;
        qint64 sequence;
        Phase phase;
    };
    static constexpr size_t blockSize = 64;
    struct Block {
        std::array<qint64, phaseCount> durations{};
        std::array<int, phaseCount> counts{};
    };
    struct Wait {
        qint64 timeNs;
        int blocker;
    };
    struct Lane {
        std::vector<AttemptRecord> attempts; // by startNs
        std::vector<Seg> segs;               // by startNs; a worker's statements never overlap
        std::vector<Block> blocks;           // phase totals of segs[64 k .. 64 k + 63]
        std::vector<Wait> waits;             // by timeNs
        bool sorted = true;
    };
    struct Median {
        std::array<int, 64> histogram{}; // by bit length of the duration in ns
        int samples = 0;
        void add(qint64 ns);
        qint64 median() const;
    };

    Lane* lane(int worker);
    const Lane* lane(int worker) const;
    void add(const AttemptRecord& record);
    void dropOldest();
    Phase phaseOf(const Lane& lane, const AttemptStatement& statement);
    void ensureSorted(const Lane& lane) const;
    static void addToBlocks(Lane& lane, size_t index);
    Block total(const Lane& lane, size_t first, size_t last) const; // [first, last)
    AttemptRef reference(const Lane& lane, const AttemptRecord& record) const;

    StrategyScript m_script;
    std::vector<Phase> m_commandPhases;
    SeatWrites m_seatWrites;
    std::vector<Median> m_medians;                      // per command
    mutable std::vector<Lane> m_lanes;                  // worker n at n - 1
    QHash<qint64, std::pair<int, qint64>> m_bySequence; // sequence -> worker, startNs
    qsizetype m_capacity;
    qint64 m_lastSequence = 0;
    qsizetype m_attempts = 0;
    qint64 m_startNs = 0;
    qint64 m_endNs = 0;
};

} // namespace seatsim
