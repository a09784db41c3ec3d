#pragma once

#include "script/strategyscript.h"
#include "style/theme.h"

#include <QPlainTextEdit>

namespace seatsim {

class PythonHighlighter;
class SqlHighlighter;

// The script that runs, exactly as it runs: read-only and highlighted. A student's Python
// answer shows in its place, highlighted as Python.
class SqlView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit SqlView(QWidget* parent = nullptr);

    void setScript(const StrategyScript& script);
    void setPythonCode(const QString& code);
    void applyTheme(const Theme& theme);
    // Whether the last line of the script is in view, whole.
    bool showsAll() const;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    // The theme's size, or smaller until the whole script shows without scrolling.
    void fitFont();
    int linesAt(const QFont& font, qreal width) const;

    void useHighlighter(bool python);

    SqlHighlighter* m_highlighter = nullptr;
    PythonHighlighter* m_pythonHighlighter = nullptr;
    qreal m_pointSize = 10;
    qreal m_smallestPointSize = 0;
};

} // namespace seatsim
