#include "live/sqlview.h"

#include "live/pythonhighlighter.h"
#include "live/sqlhighlighter.h"
#include "script/sqlscanner.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>

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
    m_pythonHighlighter = new PythonHighlighter(nullptr);
    m_pythonHighlighter->setParent(this);
}

void SqlView::useHighlighter(bool python) {
    m_highlighter->setDocument(python ? nullptr : document());
    m_pythonHighlighter->setDocument(python ? document() : nullptr);
}

void SqlView::setPythonCode(const QString& code) {
    useHighlighter(true);
    setPlainText(code);
    fitFont();
}

void SqlView::setScript(const StrategyScript& script) {
    // The header comment is shown as title and explanation already; the room reads the code.
    const QString source = script.isNull() ? QString() : script.source();
    useHighlighter(false);
    setPlainText(source.mid(scriptBodyStart(source)));
    fitFont();
}

void SqlView::applyTheme(const Theme& theme) {
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_pointSize = theme.font(0.95).pointSizeF();
    // On a projector never below its smallest text: the pane scrolls rather than shrinks.
    m_smallestPointSize =
        theme.minimumTextPixels() > 0 ? theme.font(0.0).pointSizeF() : m_pointSize * 0.6;
    mono.setPointSizeF(m_pointSize);
    setFont(mono);
    document()->setDocumentMargin(theme.projector ? 2 : 4); // a line more on a small projector
    setStyleSheet(u"QPlainTextEdit { background: %1; color: black; border: 1px solid %2; }"_s.arg(
        theme.projector ? u"white"_s : u"#FAFAF7"_s,
        theme.projector ? u"#404040"_s : u"#C8C8C8"_s));
    m_highlighter->setHighContrast(theme.projector);
    m_pythonHighlighter->setHighContrast(theme.projector);
    fitFont();
}

void SqlView::resizeEvent(QResizeEvent* event) {
    QPlainTextEdit::resizeEvent(event);
    fitFont();
}

int SqlView::linesAt(const QFont& font, qreal width) const {
    QTextOption option;
    option.setWrapMode(wordWrapMode());
    int lines = 0;
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        QTextLayout layout(block.text(), font);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            ++lines;
        }
        layout.endLayout();
    }
    return lines;
}

bool SqlView::showsAll() const {
    QTextCursor end(document());
    end.movePosition(QTextCursor::End);
    return verticalScrollBar()->value() == 0 && cursorRect(end).bottom() < viewport()->height();
}

void SqlView::fitFont() {
    const qreal margin = 2 * document()->documentMargin();
    const qreal width = viewport()->width() - margin - cursorWidth() - 1;
    const qreal height = viewport()->height() - margin;
    if (width <= 0 || height <= 0)
        return;
    // Down to 60 % of the theme's size (a projector's smallest text), in half points; below
    // that the pane scrolls.
    QFont fitted = font();
    for (qreal size = m_pointSize; size >= m_smallestPointSize; size -= 0.5) {
        fitted.setPointSizeF(size);
        if ((linesAt(fitted, width) + 0.5) * QFontMetricsF(fitted).lineSpacing() <= height)
            break;
    }
    if (fitted.pointSizeF() != font().pointSizeF())
        setFont(fitted);
    // The editor's own layout has the last word: a line it wraps otherwise costs a step more.
    while (!showsAll() && fitted.pointSizeF() - 0.5 >= m_smallestPointSize) {
        fitted.setPointSizeF(fitted.pointSizeF() - 0.5);
        setFont(fitted);
    }
}

} // namespace seatsim
