#include "engine/loadtest.h"
#include "script/strategyscript.h"
#include "support/seedruns.h"
#include "support/testsupport.h"
#include "support/windowtestsupport.h"
#include "window/parameterpanel.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace seatsim;

// A lecturer picks a strategy and presses Start once: the room must see its lesson. The window
// runs the load its parameter panel shows, the window's defaults with the strategy's
// demonstration load applied; this test runs exactly that load on test::lessonSeeds seeds.
class TestLessons : public QObject {
    Q_OBJECT

    static constexpr int side = 10; // runs side by side, each holding threads + 2 connections

    // The scenario the window's Start runs for `script` of `exercise` with nothing changed by
    // the user: the window's defaults, the script's demo load, the exercise's tries.
    static Scenario firstStartOf(const StrategyScript& script, Exercise exercise) {
        ParameterPanel panel;
        panel.setDemoLoad(script.demoLoad());
        panel.setMaxTries(maxTriesOf(exercise));
        Scenario scenario = ParameterPanel::defaults();
        panel.fill(&scenario);
        scenario.exercise = exercise;
        scenario.strategy = script;
        return scenario;
    }

private Q_SLOTS:
    void initTestCase() { test::installStrictMessageHandler(); }

    void everyStrategyShowsItsLessonOnTheFirstStart_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("exercise");
        for (const Exercise exercise : {Exercise::Seats, Exercise::TwoSeats}) {
            for (const QString& id : builtinStrategyIds(exercise))
                QTest::newRow(qPrintable(exerciseId(exercise) + u':' + id)) << id << int(exercise);
        }
    }

    // Ten seeds at a time, each in its own schema: the runs mostly sleep (think time and pause),
    // so running them side by side costs about one run's time.
    void everyStrategyShowsItsLessonOnTheFirstStart() {
        QFETCH(QString, id);
        QFETCH(int, exercise);
        const Scenario first = firstStartOf(builtinStrategy(id), Exercise(exercise));
        const test::Lesson lesson = test::lessonOf(id);

        QStringList verdicts;
        int taught = 0;
        for (int batch = 0; batch < test::lessonSeeds; batch += side) {
            std::vector<std::unique_ptr<LoadTest>> runs;
            std::vector<std::unique_ptr<QSignalSpy>> finished;
            for (int seed = batch + 1; seed <= qMin(batch + side, test::lessonSeeds); ++seed) {
                auto run = std::make_unique<LoadTest>();
                run->setConnection(test::sharedSettings(u"tst_lessons_%1"_s.arg(seed - batch)));
                finished.push_back(std::make_unique<QSignalSpy>(run.get(), &LoadTest::finished));
                Scenario scenario = first;
                scenario.seed = quint64(seed);
                QVERIFY(run->start(scenario));
                runs.push_back(std::move(run));
            }
            for (size_t i = 0; i < runs.size(); ++i) {
                QVERIFY(finished[i]->count() > 0 || finished[i]->wait(300000));
                const RunResult result = runs[i]->lastResult();
                QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
                taught += lesson.taughtBy(result.verdict) ? 1 : 0;
                verdicts << u"seed %1: %2"_s.arg(batch + int(i) + 1).arg(result.verdict.headline());
            }
        }
        const QString load = u"%1 × %2, think %3 ms, pause %4 ms"_s.arg(first.threads)
                                 .arg(first.perThread)
                                 .arg(first.thinkMs)
                                 .arg(first.pauseMs);
        qInfo("%s at %s: %d of %d seeds teach the lesson", qPrintable(id), qPrintable(load), taught,
              test::lessonSeeds);
        QVERIFY2(taught >= test::lessonSeedsNeeded, qPrintable(verdicts.join(u"\n"_s)));
    }
};

QTEST_MAIN(TestLessons)
#include "tst_lessons.moc"
