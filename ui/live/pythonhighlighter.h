#pragma once

#include "live/codeformats.h"

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace seatsim {

// Highlights a student's Python answer: Python's keywords, strings (also triple-quoted ones
// over several lines) with the SQL keywords inside them, numbers and # comments.
class PythonHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit PythonHighlighter(QTextDocument* document);

    void setHighContrast(bool highContrast);

protected:
    void highlightBlock(const QString& text) override;

private:
    void updateFormats();

    QRegularExpression m_keyword;
    QRegularExpression m_sqlKeyword;
    QRegularExpression m_number;
    CodeFormats m_formats; // the SQL pane's: Python's keywords in its meta-command colour
    bool m_highContrast = false;
};

} // namespace seatsim
