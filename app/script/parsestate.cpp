#include "script/parsestate.h"

#include "script/programvariables.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seatsim {

ParseState::ParseState(const QString& text, const QString& fileName, ScriptProgram& program)
    : m_text(text)
    , m_fileName(fileName)
    , m_program(program) {
    m_lineStarts.push_back(0);
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        if (m_text[i] == u'\n')
            m_lineStarts.push_back(i + 1);
    }
}

bool ParseState::fail(qsizetype pos, const QString& message) {
    return failAt(lineOf(pos), columnOf(pos), message);
}

bool ParseState::failAt(int line, int column, const QString& message) {
    if (!m_error.isSet()) {
        m_error.file = m_fileName;
        m_error.line = line;
        m_error.column = column;
        m_error.message = message;
    }
    return false;
}

int ParseState::lineOf(qsizetype pos) const {
    const auto it = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), pos);
    return int(it - m_lineStarts.begin());
}

int ParseState::columnOf(qsizetype pos) const {
    return int(pos - m_lineStarts[lineOf(pos) - 1]) + 1;
}

int ParseState::addSlot(const QString& name) {
    const auto it = m_program.slots.constFind(name);
    if (it != m_program.slots.cend())
        return it.value();
    const int slot = int(m_program.names.size());
    m_program.names.append(name);
    m_program.slots.insert(name, slot);
    m_program.provided.push_back(false);
    m_program.mentioned.push_back(false);
    m_assigned.push_back(false);
    return slot;
}

int ParseState::slotFor(const QString& name, qsizetype pos) {
    const int slot = addSlot(name);
    m_program.mentioned[size_t(slot)] = true;
    if (m_firstRenamed.slot < 0 || pos < m_firstRenamed.pos) {
        for (const var::Renamed& renamed : var::renamed) {
            if (name == renamed.old)
                m_firstRenamed = {slot, pos};
        }
    }
    return slot;
}

bool ParseState::checkRenamed() {
    if (m_firstRenamed.slot < 0)
        return true;
    const QString& name = m_program.names[m_firstRenamed.slot];
    for (const var::Renamed& renamed : var::renamed) {
        if (name != renamed.old)
            continue;
        return fail(m_firstRenamed.pos,
                    StrategyScript::tr("\"%1\" is SeatSim's old name: a script is the body of the "
                                       "exercise's reserve_seat(conn, user_id, session_id), and "
                                       "its arguments are :user_id, :session_id (and :session2_id "
                                       "for a second session). Rename %1 to %2 everywhere in the "
                                       "script.")
                        .arg(name, QString(renamed.now)));
    }
    return true;
}

void ParseState::provide(const QString& name) {
    const int slot = addSlot(name);
    m_program.provided[size_t(slot)] = true;
    m_assigned[size_t(slot)] = true;
}

bool ParseState::checkUses() {
    for (const Use& use : m_uses) {
        if (m_assigned[size_t(use.slot)])
            continue;
        QStringList known;
        for (qsizetype i = 0; i < m_program.names.size(); ++i) {
            if (m_program.provided[size_t(i)])
                known.append(m_program.names[i]);
        }
        return fail(use.pos,
                    StrategyScript::tr("variable :%1 is used but never set (set it with \\set or "
                                       "\\gset; the program provides: %2)")
                        .arg(m_program.names[use.slot], known.isEmpty()
                                                            ? StrategyScript::tr("nothing")
                                                            : known.join(u", "_s)));
    }
    return true;
}

int ParseState::addNode(ScriptExprNode::Op op, qsizetype pos, int first, int second, qint64 value) {
    ScriptExprNode n;
    n.op = op;
    n.first = first;
    n.second = second;
    n.value = value;
    n.column = columnOf(pos);
    m_program.nodes.push_back(n);
    return int(m_program.nodes.size()) - 1;
}

} // namespace seatsim
