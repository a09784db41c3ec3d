#include "sqlview.h"

#include "sqlhighlighter.h"

#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace seatsim {

SqlView::SqlView(QWidget* parent)
    : QPlainTextEdit(parent) {
    setObjectName(u"sqlView"_s);
    setReadOnly(true);
    setUndoRedoEnabled(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_highlighter = new SqlHighlighter(document());
}

void SqlView::setScript(const StrategyScript& script) {
    // The header comment is shown as title and explanation already; the room reads the code.
    const QStringList lines = script.isNull() ? QStringList() : script.source().split(u'\n');
    qsizetype first = 0;
    while (first < lines.size() &&
           (lines.at(first).trimmed().startsWith(u"--"_s) || lines.at(first).trimmed().isEmpty()))
        ++first;
    setPlainText(lines.mid(first).join(u'\n'));
}

void SqlView::applyTheme(const Theme& theme) {
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const double base = theme.baseFont.pointSizeF() > 0 ? theme.baseFont.pointSizeF() : 10.0;
    mono.setPointSizeF(base * theme.scale() * 0.95);
    setFont(mono);
    setStyleSheet(u"QPlainTextEdit { background: %1; color: black; border: 1px solid %2; }"_s.arg(
        theme.projector ? u"white"_s : u"#FAFAF7"_s,
        theme.projector ? u"#404040"_s : u"#C8C8C8"_s));
    m_highlighter->setHighContrast(theme.projector);
}

} // namespace seatsim
