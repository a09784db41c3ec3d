#include "dialogs/classboardview.h"
#include "style/theme.h"

#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace seatsim;

namespace {
constexpr double readable = 4.5; // WCAG 2, level AA, for text of any size
} // namespace

// Text on a verdict's colour must read from the back row: 4.5:1 or better, in both modes, in
// every view that paints a verdict (the board's white on #E69F00 was 2.2:1).
class TestContrast : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void contrastRatioIsWcagsFromOneToTwentyOne() {
        QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrastRatio(Qt::white, Qt::white), 1.0);
        QVERIFY(qAbs(contrastRatio(Qt::white, QColor(0xE6, 0x9F, 0x00)) - 2.25) < 0.01);
    }

    void whiteTextReadsOnEveryVerdictColourInBothModes() {
        for (const bool projector : {false, true}) {
            Theme theme;
            theme.projector = projector;
            for (const Verdict::Kind kind : {Verdict::Kind::Correct, Verdict::Kind::Inconsistent,
                                             Verdict::Kind::NotCorrect, Verdict::Kind::Unjudged}) {
                const QColor colour = theme.verdictColor(kind);
                const double ratio = contrastRatio(Qt::white, colour);
                QVERIFY2(ratio >= readable,
                         qPrintable(u"white on %1 (projector %2): %3:1"_s.arg(colour.name())
                                        .arg(projector)
                                        .arg(ratio)));
                QCOMPARE(textOn(colour), QColor(Qt::white));
            }
        }
    }

    void theBoardsVerdictsReadOnTheirColours() {
        ClassBoardView board(nullptr);
        for (const QString& verdict :
             {u"correct"_s, u"inconsistent"_s, u"not_correct"_s, u"unreadable"_s}) {
            const QColor colour = board.verdictColour(verdict);
            QVERIFY(colour.isValid());
            const double ratio = contrastRatio(textOn(colour), colour);
            QVERIFY2(ratio >= readable,
                     qPrintable(u"%1 on %2: %3:1"_s.arg(verdict, colour.name()).arg(ratio)));
        }
    }

    void textOnPicksTheReadableOfBlackAndWhite() {
        for (const QColor& colour :
             {okabeIto::blue, okabeIto::orange, okabeIto::vermillion, okabeIto::bluishGreen,
              okabeIto::skyBlue, okabeIto::reddishPurple, okabeIto::yellow}) {
            const double ratio = contrastRatio(textOn(colour), colour);
            QVERIFY2(ratio >= readable, qPrintable(u"%1: %2:1"_s.arg(colour.name()).arg(ratio)));
        }
    }
};

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    TestContrast test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_contrast.moc"
