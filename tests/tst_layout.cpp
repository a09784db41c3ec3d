#include "common/exercise.h"
#include "dialogs/comparisonview.h"
#include "dialogs/connectiondialog.h"
#include "dialogs/strategyeditor.h"
#include "live/seatschart.h"
#include "live/sessionchart.h"
#include "race/raceviews.h"
#include "race/stepmodeview.h"
#include "script/strategyscript.h"
#include "settings/language.h"
#include "style/screenfit.h"
#include "support/layoutcheck.h"
#include "support/testsupport.h"
#include "support/windowtestsupport.h"
#include "window/mainwindow.h"
#include "window/strategypanel.h"
#include "window/verdictbanner.h"
#include "window/windowdialogs.h"

#include <QApplication>
#include <QBarSet>
#include <QDir>
#include <QFile>
#include <QFontInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {
constexpr int runTimeoutMs = 120000;
const QString schema = u"tst_layout"_s;
const QList<QSize> screenSizes{{1280, 720}, {1920, 1080}, {3840, 2160}};

// What a projector of `screen`'s height needs: every text 2.2 % of it (16 px at 720p, 24 px at
// 1080p, 48 px at 2160p), the headline 5 %, the charts' labels and legends 2 %.
test::TextSizes projectorSizes(QSize screen) {
    return {int(std::ceil(screen.height() * 0.022)), int(std::ceil(screen.height() * 0.05)),
            int(std::ceil(screen.height() * 0.02))};
}

// Screens side by side, the sizes of the projectors a lecture hall has.
QString writeScreens(const QString& directory) {
    QJsonArray screens;
    int x = 0;
    for (const QSize size : screenSizes) {
        screens.append(QJsonObject{{u"name"_s, u"%1x%2"_s.arg(size.width()).arg(size.height())},
                                   {u"x"_s, x},
                                   {u"y"_s, 0},
                                   {u"width"_s, size.width()},
                                   {u"height"_s, size.height()},
                                   {u"logicalDpi"_s, 96},
                                   {u"logicalBaseDpi"_s, 96},
                                   {u"dpr"_s, 1}});
        x += size.width();
    }
    const QString path = directory + u"/screens.json"_s;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(
            QJsonDocument(QJsonObject{{u"windowFrameMargins"_s, true}, {u"screens"_s, screens}})
                .toJson());
    return path;
}

QScreen* screenOfSize(QSize size) {
    for (QScreen* screen : QGuiApplication::screens()) {
        if (screen->geometry().size() == size)
            return screen;
    }
    return nullptr;
}

struct Configuration {
    QString language;
    QSize screen;
    bool projector = false;

    QString name() const {
        return u"%1-%2x%3%4"_s.arg(language)
            .arg(screen.width())
            .arg(screen.height())
            .arg(projector ? u"-projector"_s : QString());
    }
};
// The offscreen platform says at every popup what it cannot do; that is not the test's subject.
QtMessageHandler g_previousHandler = nullptr;
void quietPlatform(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (!message.startsWith(u"This plugin does not support"_s))
        g_previousHandler(type, context, message);
}

} // namespace

class TestLayout : public QObject {
    Q_OBJECT
    std::unique_ptr<MainWindow> m_window;
    QString m_language = u"en"_s;
    QStringList m_problems;
    QString m_screenshots;

    // The main window as a lecturer has it on `configuration`'s screen: its default size there
    // (maximized on the large one), or full screen in projector mode.
    void place(const Configuration& configuration) {
        QScreen* screen = screenOfSize(configuration.screen);
        QVERIFY(screen);
        m_window->setProjectorMode(false);
        m_window->showNormal();
        fitOnScreen(m_window.get(), QSize(1280, 720), nullptr);
        if (m_window->screen() != screen) {
            m_window->setScreen(screen);
            fitOnScreen(m_window.get(), QSize(1280, 720));
        }
        if (configuration.projector)
            m_window->setProjectorMode(true);
        else if (configuration.screen.width() > 1280)
            m_window->showMaximized();
        QTRY_COMPARE(m_window->screen(), screen);
        if (configuration.projector)
            QTRY_COMPARE(m_window->size(), configuration.screen);
        QCoreApplication::processEvents();
    }

    void check(QWidget* window, const Configuration& configuration, const QString& view) {
        QCoreApplication::processEvents();
        const QString name = u"%1-%2"_s.arg(view, configuration.name());
        for (const QString& problem : test::layoutProblems(window, typicalWindowFrame))
            m_problems.append(u"[%1] %2"_s.arg(name, problem));
        if (configuration.projector) {
            for (const QString& problem :
                 test::textSizeProblems(window, projectorSizes(configuration.screen)))
                m_problems.append(u"[%1] %2"_s.arg(name, problem));
        }
        QVERIFY2(window->grab().save(m_screenshots + u"/"_s + name + u".png"_s), qPrintable(name));
    }

    // The main window, the race tab `tab` in front.
    void checkMain(const Configuration& configuration, const QString& view) {
        RaceViews* race = m_window->raceViews();
        for (int tab = 0; tab < race->count(); ++tab) {
            race->setCurrentIndex(tab);
            if (race->isVisible() || tab == 0)
                check(m_window.get(), configuration,
                      race->isVisible() ? u"%1-tab%2"_s.arg(view).arg(tab) : view);
        }
        race->setCurrentIndex(0);
    }

    QList<Configuration> configurations() const {
        QList<Configuration> result;
        for (const QSize screen : screenSizes) {
            for (const bool projector : {false, true})
                result.append({m_language, screen, projector});
        }
        return result;
    }

    RunResult run(const QString& id) {
        m_window->setProjectorMode(false);
        test::setLoad(*m_window, 5, 20, 5, 0);
        if (!m_window->strategyPanel()->selectId(id))
            return {};
        QSignalSpy finished(m_window.get(), &MainWindow::runFinished);
        m_window->startRun();
        if (!finished.wait(runTimeoutMs))
            return {};
        return finished.first().first().value<RunResult>();
    }

    void checkLanguage() {
        test::openWindow(m_window, schema);
        QVERIFY(m_window);
        // Every strategy's panel and SQL, idle.
        for (const Configuration& configuration : configurations()) {
            place(configuration);
            const QList<StrategyScript> strategies = m_window->strategyPanel()->strategies();
            for (const StrategyScript& strategy : strategies) {
                QVERIFY(m_window->strategyPanel()->selectId(strategy.id()));
                const QString view = u"main-%1"_s.arg(strategy.id());
                for (const QString& problem :
                     test::layoutProblems(m_window.get(), typicalWindowFrame))
                    m_problems.append(u"[%1-%2] %3"_s.arg(view, configuration.name(), problem));
            }
            check(m_window.get(), configuration, u"main-idle"_s);
        }
        for (const QString& id : {u"naive"_s, u"multi-unordered"_s}) {
            const RunResult result = run(id);
            QVERIFY2(result.completed(), qPrintable(id + u": "_s + result.error));
            for (const Configuration& configuration : configurations()) {
                place(configuration);
                if (configuration.projector)
                    showWhyViews(true);
                checkMain(configuration, u"main-"_s + id);
                if (configuration.projector)
                    showWhyViews(false);
            }
        }
        checkDialogs();
        m_window.reset();
    }

    void showWhyViews(bool shown) {
        QAction* action = m_window->whyViewsAction();
        QVERIFY(action);
        if (action->isChecked() != shown)
            action->trigger();
        QCOMPARE(m_window->raceViews()->isVisible(), shown);
    }

    void checkDialogs() {
        WindowDialogs* dialogs = m_window->dialogs();
        // Step mode, after the deadlock preset played to its end.
        for (const Configuration& configuration : configurations()) {
            place(configuration);
            StepModeView* step = dialogs->showStepMode();
            QVERIFY(QTest::qWaitForWindowExposed(step));
            if (!step->session()->isRunning() && step->outcomeLabel()->text().isEmpty()) {
                QSignalSpy started(step->session(), &StepSession::started);
                QSignalSpy finished(step->session(), &StepSession::finished);
                QTest::mouseClick(step->deadlockButton(), Qt::LeftButton);
                QVERIFY(started.wait(30000));
                QTest::mouseClick(step->playButton(), Qt::LeftButton);
                QVERIFY(finished.wait(30000));
            }
            check(step, configuration, u"stepmode"_s);
            step->hide();
        }
        // The comparison of the whole catalogue, once at the fast pace.
        ComparisonView* comparison = nullptr;
        for (const Configuration& configuration : configurations()) {
            place(configuration);
            comparison = dialogs->showComparison();
            QVERIFY(QTest::qWaitForWindowExposed(comparison));
            if (comparison->comparison()->results().isEmpty()) {
                comparison->setChecked(builtinStrategyIds());
                comparison->setRuns(1);
                comparison->setPace(ComparisonView::Pace::Fast);
                QSignalSpy finished(comparison, &ComparisonView::finished);
                QVERIFY(comparison->start());
                QVERIFY(finished.wait(10 * runTimeoutMs));
            }
            check(comparison, configuration, u"comparison"_s);
            comparison->hide();
        }
        for (const Configuration& configuration : configurations()) {
            place(configuration);
            StrategyEditor* editor = dialogs->showStrategyEditor();
            QVERIFY(QTest::qWaitForWindowExposed(editor));
            check(editor, configuration, u"editor"_s);
            editor->hide();
        }
        for (const Configuration& configuration : configurations()) {
            place(configuration);
            ConnectionDialog dialog(m_window.get());
            dialog.applyTheme(m_window->theme());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            check(&dialog, configuration, u"connection"_s);
        }
    }

    // Every problem on its own line (a failure message alone would be cut short).
    void report() {
        for (const QString& problem : std::as_const(m_problems))
            qWarning().noquote() << problem;
        QVERIFY2(m_problems.isEmpty(),
                 qPrintable(u"%1 texts do not fit, listed above"_s.arg(m_problems.size())));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY2(QGuiApplication::screens().size() == screenSizes.size(),
                 "the screens of screens.json");
        g_previousHandler = qInstallMessageHandler(quietPlatform); // after QtTest's own
        m_screenshots = QCoreApplication::applicationDirPath() + u"/layout"_s;
        QDir(m_screenshots).removeRecursively();
        QVERIFY(QDir().mkpath(m_screenshots));
    }

    // On a projector the type follows the screen: the headline 5 % of its height, every other
    // text 2.2 %, charts 2 % (16 px, 36 px at 720p; 24 px, 54 px at 1080p; 48 px, 108 px at
    // 2160p), in the window as the room sees it after Start.
    void projectorTypeIsProportionalToTheScreen() {
        test::openWindow(m_window, schema);
        for (const QSize screen : screenSizes) {
            place({u"en"_s, screen, true});
            const test::TextSizes wanted = projectorSizes(screen);
            QCOMPARE(m_window->theme().minimumTextPixels(), wanted.text);
            const QFontInfo headline(m_window->findChild<QWidget*>(u"verdictLabel"_s)->font());
            QVERIFY2(headline.pixelSize() >= wanted.headline,
                     qPrintable(u"%1 px at %2"_s.arg(headline.pixelSize()).arg(screen.height())));
            const QStringList problems = test::textSizeProblems(m_window.get(), wanted);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
        // Outside the projector the desktop's type, whatever the screen.
        m_window->setProjectorMode(false);
        QCOMPARE(m_window->theme().minimumTextPixels(), 0);
        m_window.reset();
    }

    // A normal geometry from a larger screen (restored from the settings, or left behind by full
    // screen) never comes back off the screen: leaving projector mode on 1280×720, the window
    // with its frame lies inside the screen.
    void leavingProjectorModeFitsTheWindowOnTheScreen() {
        test::openWindow(m_window, schema);
        const QSize small(1280, 720);
        place({u"en"_s, small, false});
        QScreen* screen = screenOfSize(small);
        m_window->setGeometry(
            QRect(screen->geometry().topLeft() + QPoint(60, 60), QSize(1800, 1000)));
        m_window->setProjectorMode(true);
        QTRY_COMPARE(m_window->size(), small);
        m_window->setProjectorMode(false);
        QTRY_VERIFY2(!m_window->isFullScreen() && fitsOnScreen(m_window.get()),
                     qPrintable(u"%1,%2 %3×%4"_s.arg(m_window->x())
                                    .arg(m_window->y())
                                    .arg(m_window->width())
                                    .arg(m_window->height())));
        QCOMPARE(m_window->screen(), screen);
        m_window.reset();
    }

    // The session chart names "≠ capacity" only once a bar shows it; the entry that comes then
    // takes a place of its own in the legend (it was drawn over "overbooked") and the four
    // entries read in full (on the projector they were cut to "occu..." and "≠ ca...").
    void aLegendEntryThatAppearsLaterHasItsOwnPlace() {
        Audit audit;
        const QList<int> capacities = exercise::capacities();
        for (qsizetype i = 0; i < capacities.size(); ++i)
            audit.sessions.append({int(i + 1), capacities.at(i), 0, capacities.at(i)});
        audit.sessions[1].registrations = 6; // overbooked by 2
        audit.sessions[5] = {6, 10, 6, 5};   // 11 ≠ 10
        for (const bool german : {false, true}) {
            std::unique_ptr<test::GermanCatalogue> inGerman;
            if (german)
                inGerman =
                    std::make_unique<test::GermanCatalogue>(QStringLiteral(SEATSIM_GERMAN_QM));
            test::openWindow(m_window, schema, QSize(1280, 720));
            m_window->sessionChart()->setAudit(audit);
            QVERIFY(m_window->sessionChart()->mismatchSet()->sum() > 0);
            for (const bool projector : {false, true}) {
                m_window->setProjectorMode(projector);
                QCoreApplication::processEvents();
                QStringList problems;
                for (const QString& problem : test::layoutProblems(m_window.get(), {}))
                    if (problem.contains(u"sessionChart"_s))
                        problems << problem;
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            }
            m_window.reset();
        }
    }

    // W swaps the charts for the event log, timeline, lost updates and locks on the projector,
    // and back; the View menu and the status bar name the key.
    void projectorKeepsTheWhyViewsOneKeyAway() {
        test::openWindow(m_window, schema);
        place({u"en"_s, QSize(1280, 720), true});
        QWidget* charts = m_window->seatsChart()->parentWidget();
        QVERIFY(charts->isVisible());
        QVERIFY(!m_window->raceViews()->isVisible());
        auto* hint = m_window->findChild<QLabel*>(u"keysHint"_s);
        QVERIFY(hint && hint->text().contains(u"W shows why"_s));
        QTest::keyClick(m_window.get(), Qt::Key_W);
        QVERIFY(m_window->raceViews()->isVisible());
        QVERIFY(!charts->isVisible());
        // Readable at projector size: the tabs in the projector's type.
        QVERIFY(QFontInfo(m_window->raceViews()->tabBar()->font()).pixelSize() >=
                projectorSizes(QSize(1280, 720)).text);
        QVERIFY(hint->text().contains(u"W hides"_s));
        QTest::keyClick(m_window.get(), Qt::Key_W);
        QVERIFY(charts->isVisible());
        QVERIFY(!m_window->raceViews()->isVisible());
        auto* view = m_window->findChild<QMenu*>(u"viewMenu"_s);
        QVERIFY(view && view->actions().contains(m_window->whyViewsAction()));
        QCOMPARE(m_window->whyViewsAction()->shortcut(), QKeySequence(Qt::Key_W));
        // Outside the projector W hides and shows the tabs under the charts.
        m_window->setProjectorMode(false);
        QVERIFY(m_window->raceViews()->isVisible() && charts->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_W);
        QVERIFY(!m_window->raceViews()->isVisible() && charts->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_W);
        QVERIFY(m_window->raceViews()->isVisible());
        m_window.reset();
    }

    void everyTextFitsInEnglish() {
        m_language = u"en"_s;
        m_problems.clear();
        checkLanguage();
        report();
    }

    void everyTextFitsInGerman() {
        const test::GermanCatalogue inGerman(QStringLiteral(SEATSIM_GERMAN_QM));
        QVERIFY(inGerman.loaded());
        m_language = u"de"_s;
        m_problems.clear();
        checkLanguage();
        report();
    }

    // The second exercise's views fit too: the exercise choice, the per-student chart and the
    // write-skew tab, after a run of check-then-book, in English and in German.
    void theTwoSeatsViewsFit_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
    }

    void theTwoSeatsViewsFit() {
        QFETCH(QString, language);
        std::unique_ptr<test::GermanCatalogue> inGerman;
        if (language == u"de")
            inGerman = std::make_unique<test::GermanCatalogue>(QStringLiteral(SEATSIM_GERMAN_QM));
        m_language = language;
        m_problems.clear();
        test::openWindow(m_window, schema);
        QVERIFY(m_window);
        m_window->setExercise(Exercise::TwoSeats);
        const RunResult result = run(u"check-then-book"_s);
        QVERIFY2(result.completed(), qPrintable(result.error));
        for (const Configuration& configuration : configurations()) {
            place(configuration);
            if (configuration.projector)
                showWhyViews(true);
            checkMain(configuration, u"twoseats-check-then-book"_s);
            if (configuration.projector)
                showWhyViews(false);
        }
        m_window->setExercise(Exercise::Seats); // the next window starts where the others do
        m_window.reset();
        report();
    }
};

int main(int argc, char** argv) {
    QTemporaryDir directory;
    qputenv("QT_QPA_PLATFORM",
            "offscreen:configfile=" + writeScreens(directory.path()).toLocal8Bit());
    QApplication app(argc, argv);
    TestLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_layout.moc"
