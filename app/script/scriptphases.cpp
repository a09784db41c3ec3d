#include "script/scriptphases.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace seatsim {

QString ScriptPhases::name(Phase phase) {
    switch (phase) {
    case Phase::Read:
        return tr("read");
    case Phase::Think:
        return tr("think");
    case Phase::Write:
        return tr("write");
    case Phase::Commit:
        return tr("commit");
    case Phase::Other:
        return tr("other");
    case Phase::LockWait:
        return tr("lock wait");
    case Phase::RolledBack:
        return tr("rolled back");
    case Phase::Failed:
        return tr("failed");
    }
    return {};
}

Phase ScriptPhases::ofCommand(const ScriptCommand& command) {
    if (command.kind == ScriptCommand::Kind::Sleep)
        return Phase::Think;
    if (command.kind != ScriptCommand::Kind::Sql)
        return Phase::Other;
    if (command.isCommit)
        return Phase::Commit;
    static const QRegularExpression firstWord(u"^\\s*(\\w+)"_s);
    static const QRegularExpression writes(u"\\b(UPDATE|INSERT|DELETE)\\b"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    const QString word = firstWord.match(command.sql).captured(1).toUpper();
    if (word == u"UPDATE" || word == u"INSERT" || word == u"DELETE")
        return Phase::Write;
    if (word == u"WITH")
        return writes.match(command.sql).hasMatch() ? Phase::Write : Phase::Read;
    if (word == u"SELECT")
        return Phase::Read;
    return Phase::Other;
}

std::vector<Phase> ScriptPhases::ofScript(const StrategyScript& script) {
    std::vector<Phase> phases;
    if (script.isNull())
        return phases;
    phases.reserve(script.commands().size());
    for (const ScriptCommand& command : script.commands())
        phases.push_back(ofCommand(command));
    return phases;
}

SeatWrites SeatWrites::of(const StrategyScript& script) {
    SeatWrites result;
    if (script.isNull())
        return result;
    result.known = true;
    result.writesReadValue = false;
    static const QRegularExpression clientWrite(u"\\bseats\\s*=\\s*:seats2?\\s*(?:-\\s*(\\d+))?"_s,
                                                QRegularExpression::CaseInsensitiveOption);
    for (const ScriptCommand& command : script.commands()) {
        if (command.kind != ScriptCommand::Kind::Sql)
            continue;
        const QRegularExpressionMatch match = clientWrite.match(command.sql);
        if (!match.hasMatch())
            continue;
        result.writesReadValue = true;
        result.decrement = match.captured(1).isEmpty() ? 0 : match.captured(1).toInt();
    }
    return result;
}

} // namespace seatsim
