#include "live/codeformats.h"

#include <QColor>
#include <QFont>

namespace seatsim {

CodeFormats CodeFormats::make(bool highContrast) {
    CodeFormats formats;
    formats.keyword.setForeground(QColor(0x00, 0x4F, 0x7F));
    formats.keyword.setFontWeight(QFont::Bold);
    formats.meta.setForeground(QColor(0x9A, 0x3A, 0x00));
    formats.meta.setFontWeight(QFont::Bold);
    formats.variable.setForeground(QColor(0x8B, 0x2F, 0x6B));
    formats.variable.setFontItalic(!highContrast);
    if (highContrast)
        formats.variable.setFontWeight(QFont::DemiBold);
    formats.number.setForeground(QColor(0x00, 0x6B, 0x4F));
    formats.string.setForeground(QColor(0x00, 0x6B, 0x4F));
    formats.comment.setForeground(highContrast ? QColor(0x40, 0x40, 0x40)
                                               : QColor(0x70, 0x70, 0x70));
    formats.comment.setFontItalic(true);
    return formats;
}

} // namespace seatsim
