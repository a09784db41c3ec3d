#pragma once

#include <QString>

namespace seatsim {

// The one error convention of SeatSim: a function that can fail returns bool (or an
// std::optional) and fills a required `Error& error` that the caller owns. Nothing is
// reported as a bare string and nothing is parsed back out of one: what the server said
// (SQLSTATE, DETAIL) and where a script went wrong (file, line, column) stay fields.
struct Error {
    QString message;  // what went wrong, in words the user reads
    QString file;     // the script or file at fault, when there is one
    int line = 0;     // 1-based; 0 when not about a line
    int column = 0;   // 1-based; 0 when not about a column
    QString sqlState; // the server's SQLSTATE when the server refused
    QString detail;   // the server's DETAIL (a deadlock's cycle, say)

    bool isSet() const { return !message.isEmpty(); }
    // "file:line:column: message (SQLSTATE)", leaving out what is not known.
    QString text() const {
        QString where;
        if (!file.isEmpty()) {
            where = file;
            if (line > 0)
                where += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                where += QLatin1Char(':') + QString::number(column);
            where += QLatin1String(": ");
        }
        QString result = where + message;
        if (!sqlState.isEmpty() && !message.contains(sqlState))
            result += QLatin1String(" (") + sqlState + QLatin1Char(')');
        return result;
    }
};

} // namespace seatsim
