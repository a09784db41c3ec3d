#pragma once

#include "verdict/judge.h"

#include <QColor>
#include <QFont>
#include <QPen>
#include <QString>

namespace seatsim {

// Colours that colour-blind viewers can tell apart (Okabe & Ito), used in both modes, and the
// sizes that change when the window goes onto a projector.
namespace okabeIto {
inline const QColor blue{0x00, 0x72, 0xB2};
inline const QColor orange{0xE6, 0x9F, 0x00};
inline const QColor vermillion{0xD5, 0x5E, 0x00};
inline const QColor bluishGreen{0x00, 0x9E, 0x73};
inline const QColor skyBlue{0x56, 0xB4, 0xE9};
inline const QColor reddishPurple{0xCC, 0x79, 0xA7};
inline const QColor yellow{0xF0, 0xE4, 0x42};
} // namespace okabeIto

struct Theme {
    bool projector = false;
    QFont baseFont;       // the application font, unscaled
    int screenHeight = 0; // of the screen the window is on, in pixels; 0: not known

    static constexpr double projectorScale = 1.6;
    // On a projector the type is proportional to the screen: every text at least this share
    // of its height, the headline and the charts' labels at least theirs.
    static constexpr double projectorText = 0.022;
    static constexpr double projectorHeadline = 0.05;
    static constexpr double projectorChartText = 0.02;

    double scale() const { return projector ? projectorScale : 1.0; }
    // baseFont scaled by the mode and by `factor`; on a projector never below projectorText.
    QFont font(double factor = 1.0, bool bold = false) const;
    // The verdict's headline: on a projector at least projectorHeadline of the screen.
    QFont headlineFont() const;
    // The smallest text on a projector, in pixels (0 outside it or without a screen).
    int minimumTextPixels() const;
    // How far a chart may shrink `font` to fit: on a projector to projectorChartText of the
    // screen, elsewhere to 60 % of it.
    qreal smallestChartPointSize(const QFont& font) const;
    // An icon's size for `normal` pixels outside the projector: on it as high as a line of text.
    int iconPixels(int normal) const {
        return minimumTextPixels() > 0 ? minimumTextPixels() * 5 / 4 : int(normal * scale());
    }
    qreal lineWidth(qreal normal) const { return projector ? normal * 2.0 : normal; }

    // Darker than the chart colours, so white text on them stays readable.
    QColor good() const { return projector ? QColor(0x00, 0x5E, 0x45) : QColor(0x00, 0x7A, 0x57); }
    QColor bad() const { return projector ? QColor(0x9E, 0x2A, 0x00) : QColor(0xB8, 0x3F, 0x00); }
    // Consistent but not correct (deadlocks, failures, wrong answers): amber, apart from both.
    QColor warning() const {
        return projector ? QColor(0x8A, 0x58, 0x00) : QColor(0x9A, 0x62, 0x00);
    }
    // The judge's colours: green correct, red inconsistent, amber not correct, grey unjudged.
    QColor verdictColor(Verdict::Kind kind) const {
        switch (kind) {
        case Verdict::Kind::Correct:
            return good();
        case Verdict::Kind::Inconsistent:
            return bad();
        case Verdict::Kind::NotCorrect:
            return warning();
        case Verdict::Kind::Unjudged:
            break;
        }
        return neutral();
    }
    QColor neutral() const {
        return projector ? QColor(0x1A, 0x1A, 0x1A) : QColor(0x3A, 0x45, 0x55);
    }
    QColor text() const { return projector ? Qt::black : QColor(0x20, 0x20, 0x20); }
    QColor grid() const { return projector ? QColor(0x80, 0x80, 0x80) : QColor(0xD0, 0xD0, 0xD0); }

    QPen pen(const QColor& color, qreal normalWidth, Qt::PenStyle style = Qt::SolidLine) const;
};

// WCAG 2's contrast ratio of two colours, from 1 (the same) to 21 (black on white); text wants
// 4.5 or more.
double contrastRatio(const QColor& a, const QColor& b);
// White or black, whichever reads better on `background`.
QColor textOn(const QColor& background);

// A sum as a wrapped line shows it: "=" and "≠" bound to the figures beside them by no-break
// spaces, so that "= 53 ≠ 40" never ends a line at "≠". unglued() gives the plain words back.
QString gluedFigures(QString text);
QString unglued(QString text);

} // namespace seatsim
