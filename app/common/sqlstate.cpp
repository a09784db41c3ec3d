#include "common/sqlstate.h"

namespace seatsim {

SqlStateKind sqlStateKind(QAnyStringView state) {
    const QString code = state.toString();
    if (code.isEmpty())
        return SqlStateKind::None;
    if (code == sqlstate::serializationFailure)
        return SqlStateKind::SerializationFailure;
    if (code == sqlstate::deadlock)
        return SqlStateKind::Deadlock;
    if (code.startsWith(QLatin1StringView("08")) || code == QLatin1StringView("57P01") ||
        code == QLatin1StringView("57P02") || code == QLatin1StringView("57P03"))
        return SqlStateKind::ConnectionLost;
    if (code == sqlstate::tooManyConnections)
        return SqlStateKind::OutOfConnectionSlots;
    if (code == QLatin1StringView("42501"))
        return SqlStateKind::InsufficientPrivilege;
    if (code == QLatin1StringView("42P01") || code == QLatin1StringView("3F000"))
        return SqlStateKind::MissingObject;
    return SqlStateKind::Other;
}

} // namespace seatsim
