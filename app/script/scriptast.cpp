#include "script/scriptast.h"

#include <charconv>

using namespace Qt::StringLiterals;

namespace seatsim {

void ScriptValue::appendTo(QString& out) const {
    switch (type) {
    case Type::Int: {
        char buffer[24];
        const auto end = std::to_chars(buffer, buffer + sizeof buffer, integer).ptr;
        out.append(QLatin1StringView(buffer, end - buffer));
        break;
    }
    case Type::Bool:
        out.append(integer ? "true"_L1 : "false"_L1);
        break;
    case Type::Text:
        out.append(text);
        break;
    case Type::Unset:
        break;
    }
}

QString ScriptValue::toString() const {
    QString s;
    appendTo(s);
    return s;
}

std::optional<MetaCommand> metaCommandNamed(QStringView name) {
    for (const MetaCommandName& entry : metaCommandNames) {
        if (name.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.command;
    }
    return std::nullopt;
}

} // namespace seatsim
