#include "style/theme.h"

#include <QGuiApplication>
#include <QScreen>

#include <algorithm>
#include <cmath>

namespace seatsim {

namespace {
// Points for `pixels` on the screen: widgets turn point sizes into pixels at its logical dpi.
double pointsOf(double pixels) {
    const QScreen* screen = QGuiApplication::primaryScreen();
    const double dpi = screen ? screen->logicalDotsPerInchY() : 96.0;
    return pixels * 72.0 / (dpi > 0 ? dpi : 96.0);
}
} // namespace

QFont Theme::font(double factor, bool bold) const {
    QFont result = baseFont;
    const double base = baseFont.pointSizeF() > 0 ? baseFont.pointSizeF() : 10.0;
    // On a projector whose height is known: proportional to the screen, the smallest text at
    // projectorText of it, larger ones in proportion.
    const int minimum = minimumTextPixels();
    result.setPointSizeF(minimum > 0 ? pointsOf(minimum * qMax(1.0, factor))
                                     : base * scale() * factor);
    result.setBold(bold);
    return result;
}

QFont Theme::headlineFont() const {
    if (minimumTextPixels() == 0)
        return font(1.6, true);
    QFont result = baseFont;
    result.setPointSizeF(pointsOf(std::ceil(screenHeight * projectorHeadline)));
    result.setBold(true);
    return result;
}

int Theme::minimumTextPixels() const {
    return projector && screenHeight > 0 ? int(std::ceil(screenHeight * projectorText)) : 0;
}

qreal Theme::smallestChartPointSize(const QFont& font) const {
    if (projector && screenHeight > 0)
        return pointsOf(std::ceil(screenHeight * projectorChartText));
    return font.pointSizeF() * 0.6;
}

QPen Theme::pen(const QColor& color, qreal normalWidth, Qt::PenStyle style) const {
    QPen result(color, lineWidth(normalWidth), style);
    result.setCapStyle(Qt::FlatCap);
    return result;
}

namespace {
double relativeLuminance(const QColor& color) {
    const auto linear = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) +
           0.0722 * linear(color.blueF());
}
} // namespace

double contrastRatio(const QColor& a, const QColor& b) {
    const double first = relativeLuminance(a);
    const double second = relativeLuminance(b);
    return (std::max(first, second) + 0.05) / (std::min(first, second) + 0.05);
}

QString gluedFigures(QString text) {
    using namespace Qt::StringLiterals;
    return text.replace(u" = "_s, u"\u00A0=\u00A0"_s).replace(u" ≠ "_s, u"\u00A0≠\u00A0"_s);
}

QString unglued(QString text) {
    return text.replace(QChar(0x00A0), u' ');
}

QColor textOn(const QColor& background) {
    const QColor white(Qt::white);
    const QColor black(Qt::black);
    return contrastRatio(white, background) >= contrastRatio(black, background) ? white : black;
}

} // namespace seatsim
