#include "style/theme.h"

namespace seatsim {

QFont Theme::font(double factor, bool bold) const {
    QFont result = baseFont;
    const double base = baseFont.pointSizeF() > 0 ? baseFont.pointSizeF() : 10.0;
    result.setPointSizeF(base * scale() * factor);
    result.setBold(bold);
    return result;
}

QPen Theme::pen(const QColor& color, qreal normalWidth, Qt::PenStyle style) const {
    QPen result(color, lineWidth(normalWidth), style);
    result.setCapStyle(Qt::FlatCap);
    return result;
}

} // namespace seatsim
