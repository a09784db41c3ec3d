#pragma once

#include "strategyscript.h"
#include "theme.h"

#include <QPlainTextEdit>

namespace seatsim {

class SqlHighlighter;

// The script that runs, exactly as it runs: read-only and highlighted.
class SqlView : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit SqlView(QWidget* parent = nullptr);

    void setScript(const StrategyScript& script);
    void applyTheme(const Theme& theme);

private:
    SqlHighlighter* m_highlighter = nullptr;
};

} // namespace seatsim
