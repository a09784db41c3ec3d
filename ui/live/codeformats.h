#pragma once

#include <QTextCharFormat>

namespace seatsim {

// The code panes' colours: dark variants of the chart palette, readable on white, also when
// projected. The SQL and the Python pane use the same, so the same words look the same.
struct CodeFormats {
    QTextCharFormat keyword; // SQL keywords
    QTextCharFormat meta;    // meta-commands (\set, \gset) and Python's keywords
    QTextCharFormat variable;
    QTextCharFormat number;
    QTextCharFormat string;
    QTextCharFormat comment;

    static CodeFormats make(bool highContrast);
};

} // namespace seatsim
