#pragma once

#include <QStringList>
#include <QStringView>

namespace seatsim {

struct ResultColumns {
    QStringList names;     // the columns whose names could be told, in order
    bool complete = false; // every column of the result is in names
};

// pgbench names \gset variables after the result columns; this guesses them the way
// PostgreSQL names columns (alias, last part of a column reference, function name), from the
// select list of the query or its RETURNING list.
ResultColumns guessResultColumns(QStringView sql);

} // namespace seatsim
