#pragma once

#include "common/error.h"
#include "python/pythonanswer.h"
#include "script/strategyscript.h"

#include <QHash>
#include <QString>

namespace seatsim {

// The strategy files the user opened: scripts, and students' Python answers, which stand in
// the strategy panel as a placeholder script and are shown and run by their file name.
class OpenedFiles {
public:
    // The script to list for `path`; null with `error` filled when the file does not load.
    StrategyScript open(const QString& path, Error& error);
    // The Python answer behind a listed script; null for a script.
    PythonAnswer python(const QString& fileName) const { return m_python.value(fileName); }

private:
    QHash<QString, PythonAnswer> m_python; // by file name
};

} // namespace seatsim
