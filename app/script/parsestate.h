#pragma once

#include "script/scriptast.h"
#include "script/strategyscript.h"

#include <vector>

namespace seatsim {

// What separates the words of a meta-command line (a newline ends the line).
inline bool isScriptBlank(QChar c) {
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\f';
}

// What the script parser and the expression parser share while they read one script: the
// text and where its lines start, the first error, the program being built and which
// variables are set and used where.
class ParseState {
public:
    ParseState(const QString& text, const QString& fileName, ScriptProgram& program);

    const QString& text() const { return m_text; }
    ScriptProgram& program() { return m_program; }
    const Error& error() const { return m_error; }
    bool failed() const { return m_error.isSet(); }

    // Keeps the first error only; always false.
    bool fail(qsizetype pos, const QString& message);
    bool failAt(int line, int column, const QString& message);
    int lineOf(qsizetype pos) const;
    int columnOf(qsizetype pos) const;

    // The slot of a variable the script writes at `pos` (as :name, \\set name or a \\gset
    // column).
    int slotFor(const QString& name, qsizetype pos);
    void provide(const QString& name);
    void assign(int slot) { m_assigned[size_t(slot)] = true; }
    void use(int slot, qsizetype pos) { m_uses.push_back({slot, pos}); }
    // Fails at the first use of a variable that nothing sets.
    bool checkUses();
    // Fails at the first of SeatSim's old names for reserve_seat's arguments (user, session).
    bool checkRenamed();

    int addNode(ScriptExprNode::Op op, qsizetype pos, int first = -1, int second = -1,
                qint64 value = 0);

private:
    int addSlot(const QString& name);

    struct Use {
        int slot;
        qsizetype pos;
    };

    const QString& m_text;
    QString m_fileName;
    ScriptProgram& m_program;
    Error m_error;
    std::vector<qsizetype> m_lineStarts;
    std::vector<bool> m_assigned;
    std::vector<Use> m_uses;
    Use m_firstRenamed{-1, -1};
};

} // namespace seatsim
