#pragma once

#include "live/codeformats.h"

#include <QSet>
#include <QString>
#include <QSyntaxHighlighter>

namespace seatsim {

// Highlights the pgbench subset of strategy scripts: SQL keywords, meta-commands such as \set
// and \gset, :variables, string literals and comments. A line is read through the parser's
// SqlScanner, so quotes and comments mean here what they mean when the script runs.
class SqlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit SqlHighlighter(QTextDocument* document);

    void setHighContrast(bool highContrast);

protected:
    void highlightBlock(const QString& text) override;

private:
    void updateFormats();

    QSet<QString> m_keywords; // upper case
    CodeFormats m_formats;
    bool m_highContrast = false;
};

} // namespace seatsim
