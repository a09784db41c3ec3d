#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

namespace seatsim {

// Highlights the pgbench subset of strategy scripts: SQL keywords, meta-commands such as \set
// and \gset, :variables, string literals and -- comments.
class SqlHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit SqlHighlighter(QTextDocument* document);

    void setHighContrast(bool highContrast);

protected:
    void highlightBlock(const QString& text) override;

private:
    void updateFormats();

    QRegularExpression m_keyword;
    QRegularExpression m_metaCommand;
    QRegularExpression m_variable;
    QRegularExpression m_number;
    QTextCharFormat m_keywordFormat;
    QTextCharFormat m_metaFormat;
    QTextCharFormat m_variableFormat;
    QTextCharFormat m_numberFormat;
    QTextCharFormat m_stringFormat;
    QTextCharFormat m_commentFormat;
    bool m_highContrast = false;
};

} // namespace seatsim
