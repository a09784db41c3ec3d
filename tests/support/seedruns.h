#pragma once

#include "engine/loadtest.h"
#include "verdict/judge.h"

#include <QList>
#include <QString>

namespace seatsim::test {

// A lesson that shows "almost always" (naive loses updates, careless locking deadlocks) is
// checked on `lessonSeeds` seeds and must show on `lessonSeedsNeeded` of them. Such a test is
// labelled `statistical` and may run twice. A regression whose lesson shows on 80 % of the
// seeds still passes with probability 1 - (1 - P(X >= 27 | n = 30, p = 0.8))^2 = 23 %, one at
// 70 % with 1.9 %, one at 60 % with 0.06 %; a healthy lesson at 95 % fails both tries with
// 0.4 % (at 99 %: < 0.001 %).
constexpr int lessonSeeds = 30;
constexpr int lessonSeedsNeeded = 27;

// What the runs of one built-in on seeds 1..n showed.
struct SeedRuns {
    int runs = 0;
    int inconsistent = 0;
    int withDeadlocks = 0;
    qint64 deadlocks = 0;
    qint64 retries = 0;
    bool reservedMatchesRows = true;
    QList<Verdict> verdicts; // the judge's, one per run

    int teaching(const QString& builtinId) const; // runs whose verdict teaches the lesson
};

// Runs built-in `id` under the exercise's load (5 threads × 20 reservations, 5 ms think time)
// on seeds 1..seeds, one after the other; a run that does not finish ends the test program.
SeedRuns runOnSeeds(LoadTest& loadTest, const QString& id, int seeds, int maxTries);

} // namespace seatsim::test
