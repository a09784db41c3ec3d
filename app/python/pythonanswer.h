#pragma once

#include "common/error.h"
#include "script/strategyscript.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <memory>

namespace seatsim {

// A student's answer in Python: a .py file or a Jupyter notebook (.ipynb) that defines
// reserve_seat(conn, user_id, session_id) and may define get_connection(). Loading checks it
// through the bridge (syntax, the definitions load, reserve_seat's parameters), so a bad
// answer is refused before a run, with file, line and Python's words.
class PythonAnswer {
    Q_DECLARE_TR_FUNCTIONS(PythonAnswer)

public:
    static bool isPythonFile(const QString& path); // by its suffix: .py or .ipynb
    static PythonAnswer load(const QString& path, Error& error);
    // The answer's file name in a strategy title that placeholder() made ("x.py (Python)"),
    // e.g. in the run history; empty for any other title.
    static QString fileNameInTitle(const QString& title);

    bool isNull() const { return !d; }
    QString fileName() const;
    QString id() const;     // the file's base name, e.g. "for_update"
    QString source() const; // the file as it is (a notebook: its JSON)
    // What a reader wants to see: the file, or a notebook's code cells one after the other.
    QString code() const;
    QStringList functions() const; // the functions it defines, e.g. count_free_seats
    bool defines(const QString& function) const { return functions().contains(function); }
    // The strategy slot's stand-in for this answer, where a run, the history and the views
    // name a strategy: its id and file name, its title "<file> (Python)", no statements.
    StrategyScript placeholder() const;

    bool operator==(const PythonAnswer& other) const { return d == other.d; }

private:
    struct Data {
        QString fileName;
        QString id;
        QString source;
        QString code;
        QStringList functions;
    };
    std::shared_ptr<const Data> d;
};

// A notebook's code cells joined, each under a "# In [n]" line; other text unchanged.
QString notebookCode(const QString& notebookJson);

} // namespace seatsim
