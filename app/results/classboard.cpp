#include "results/classboard.h"

#include "common/sqlstate.h"
#include "common/threadjoin.h"
#include "results/runhistory.h"
#include "server/seatdatabase.h"
#include "verdict/judge.h"

#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

bool failed(const QSqlQuery& query, Error& error) {
    const QSqlError sqlError = query.lastError();
    const QString text = sqlError.databaseText().trimmed();
    error.message = ClassBoard::tr("Could not read the class board: %1")
                        .arg(text.isEmpty() ? sqlError.text().trimmed() : text);
    error.sqlState = sqlError.nativeErrorCode();
    return false;
}

QString timeText(const QDateTime& time) {
    return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString isoText(const QDateTime& time) {
    return time.toOffsetFromUtc(time.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

// The schemas, and those of them whose run_history this login may read.
bool readSchemas(QSqlQuery& query, ClassBoard& board, QStringList& withHistory, Error& error) {
    if (!query.prepare(sqlResource(u"history/board_schemas.sql"_s)))
        return failed(query, error);
    query.addBindValue(SeatDatabase::markerComment());
    if (!query.exec())
        return failed(query, error);
    while (query.next()) {
        BoardSchema schema;
        schema.schema = query.value(0).toString();
        schema.owner = query.value(1).toString();
        const bool usable = query.value(2).toBool();
        const bool hasHistory = query.value(3).toBool();
        const bool historyReadable = query.value(4).toBool();
        const bool historyComplete = query.value(5).toBool();
        schema.access = !usable                          ? BoardSchema::Access::NoSchemaUsage
                        : hasHistory && !historyReadable ? BoardSchema::Access::NoHistorySelect
                        : hasHistory && !historyComplete ? BoardSchema::Access::ForeignHistory
                                                         : BoardSchema::Access::Readable;
        if (schema.readable() && hasHistory)
            withHistory << schema.schema;
        board.schemas.append(schema);
    }
    return true;
}

} // namespace

std::optional<ClassBoard> readClassBoard(const ConnectionSettings& settings, Error& error) {
    const QString name = uniqueConnectionName(u"seatsim-board"_s);
    std::optional<ClassBoard> board;
    {
        QSqlDatabase db = settings.open(name, error);
        if (db.isValid())
            board = readClassBoard(db, error);
    }
    closeConnection(name);
    return board;
}

QString BoardSchema::accessId() const {
    switch (access) {
    case Access::Readable:
        break;
    case Access::NoSchemaUsage:
        return u"no_usage"_s;
    case Access::NoHistorySelect:
        return u"no_select"_s;
    case Access::ForeignHistory:
        return u"foreign_history"_s;
    }
    return u"readable"_s;
}

QString BoardSchema::accessText() const {
    switch (access) {
    case Access::Readable:
        break;
    case Access::NoSchemaUsage:
        return ClassBoard::tr("not readable: no USAGE on the schema");
    case Access::NoHistorySelect:
        return ClassBoard::tr("not readable: no SELECT on its run_history");
    case Access::ForeignHistory:
        return ClassBoard::tr("not read: its run_history was not made by SeatSim");
    }
    return ClassBoard::tr("readable");
}

QJsonObject BoardSchema::toJson() const {
    QJsonArray list;
    for (const BoardStrategy& strategy : strategies)
        list.append(QJsonObject{{u"id"_s, strategy.id},
                                {u"title"_s, strategy.title},
                                {u"verdict"_s, strategy.verdict},
                                {u"headline"_s, strategy.headline},
                                {u"ran_at"_s, isoText(strategy.ranAt)},
                                {u"runs"_s, strategy.runs},
                                {u"script"_s, strategy.script}});
    return QJsonObject{
        {u"schema"_s, schema},
        {u"owner"_s, owner},
        {u"readable"_s, readable()},
        {u"access"_s, accessId()},
        {u"runs"_s, readable() ? QJsonValue(runs) : QJsonValue()},
        {u"latest_run"_s, latestRun ? QJsonValue(isoText(*latestRun)) : QJsonValue()},
        {u"strategies"_s, list},
    };
}

const BoardSchema* ClassBoard::find(const QString& schema) const {
    for (const BoardSchema& entry : schemas) {
        if (entry.schema == schema)
            return &entry;
    }
    return nullptr;
}

QString ClassBoard::report() const {
    // Columns as wide as their longest entry; the verdict in words comes last, worded here
    // from its id: the stored headline is in the language of whoever ran it. Each strategy's
    // row shows the time of its own latest run.
    qsizetype schemaWidth = tr("Schema").size();
    qsizetype ownerWidth = tr("Owner").size();
    qsizetype strategyWidth = tr("Strategy").size();
    for (const BoardSchema& schema : schemas) {
        schemaWidth = qMax(schemaWidth, schema.schema.size());
        ownerWidth = qMax(ownerWidth, schema.owner.size());
        for (const BoardStrategy& strategy : schema.strategies)
            strategyWidth = qMax(strategyWidth, strategy.id.size());
    }
    const auto line = [&](const QString& schema, const QString& owner, const QString& runs,
                          const QString& latest, const QString& strategy, const QString& verdict) {
        QString text = u"%1  %2  %3  %4  %5  %6"_s.arg(schema, -int(schemaWidth))
                           .arg(owner, -int(ownerWidth))
                           .arg(runs, 5)
                           .arg(latest, -19)
                           .arg(strategy, -int(strategyWidth))
                           .arg(verdict);
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    QString text = line(tr("Schema"), tr("Owner"), tr("Runs"), tr("Latest run"), tr("Strategy"),
                        tr("Latest verdict"));
    for (const BoardSchema& schema : schemas) {
        if (!schema.readable()) {
            text += line(schema.schema, schema.owner, u"–"_s, {}, {}, schema.accessText());
            continue;
        }
        const QString latest = schema.latestRun ? timeText(*schema.latestRun) : u"–"_s;
        if (schema.strategies.isEmpty()) {
            text += line(schema.schema, schema.owner, QString::number(schema.runs), latest, {},
                         tr("no runs yet"));
            continue;
        }
        bool first = true;
        for (const BoardStrategy& strategy : schema.strategies) {
            text += line(first ? schema.schema : QString(), first ? schema.owner : QString(),
                         first ? QString::number(schema.runs) : QString(), timeText(strategy.ranAt),
                         strategy.id, Verdict::kindText(strategy.verdict));
            first = false;
        }
    }
    return text;
}

namespace {

// One reading: the schemas, then the runs of those with a history, in one snapshot.
std::optional<ClassBoard> readOnce(const QSqlDatabase& db, Error& error) {
    QSqlQuery query(db);
    query.setForwardOnly(true);
    // One snapshot for both statements, and a transaction that cannot write.
    if (!query.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s)) {
        failed(query, error);
        return std::nullopt;
    }
    const auto rollback = [&db] {
        QSqlQuery end(db);
        end.exec(u"ROLLBACK"_s);
    };
    ClassBoard board;
    QStringList names;
    if (!readSchemas(query, board, names, error)) {
        rollback();
        return std::nullopt;
    }
    const QString part = sqlResource(u"history/board_runs.sql"_s);
    QStringList parts;
    for (const QString& name : std::as_const(names))
        parts << u'(' + part.arg(quotedSchema(db, name)) + u')';
    if (!parts.isEmpty()) {
        if (!query.prepare(parts.join(u"\nUNION ALL\n"_s))) {
            failed(query, error);
            rollback();
            return std::nullopt;
        }
        for (const QString& name : std::as_const(names))
            query.addBindValue(name);
        if (!query.exec()) {
            failed(query, error);
            rollback();
            return std::nullopt;
        }
        QHash<QString, qsizetype> index;
        for (qsizetype i = 0; i < board.schemas.size(); ++i)
            index.insert(board.schemas.at(i).schema, i);
        while (query.next()) {
            BoardSchema& schema = board.schemas[index.value(query.value(0).toString())];
            schema.runs = query.value(1).toLongLong();
            schema.latestRun = query.value(2).toDateTime();
            schema.strategies.append(BoardStrategy{
                query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                query.value(6).toString(), query.value(7).toString(), query.value(8).toDateTime(),
                query.value(9).toLongLong()});
        }
        for (BoardSchema& schema : board.schemas)
            std::sort(schema.strategies.begin(), schema.strategies.end(),
                      [](const BoardStrategy& a, const BoardStrategy& b) { return a.id < b.id; });
    }
    rollback();
    return board;
}

} // namespace

std::optional<ClassBoard> readClassBoard(const QSqlDatabase& db, Error& error) {
    // A student may reset (drop and create) a schema between the listing and the reading of
    // its runs: the names are looked up in the newest catalogue, not in the snapshot, and the
    // reading then fails with "does not exist". The next reading lists the schema as it is now.
    constexpr int readings = 5;
    for (int reading = 1;; ++reading) {
        error = Error{};
        std::optional<ClassBoard> board = readOnce(db, error);
        const bool schemaWent = sqlStateKind(error.sqlState) == SqlStateKind::MissingObject;
        if (board || !schemaWent || reading == readings)
            return board;
    }
}

ClassBoardReader::ClassBoardReader(QObject* parent)
    : QObject(parent) {
    qRegisterMetaType<ClassBoard>();
}

ClassBoardReader::~ClassBoardReader() {
    if (m_thread)
        joinThread(m_thread.get());
}

void ClassBoardReader::refresh() {
    if (m_thread)
        return;
    m_board.reset();
    m_error = Error{};
    m_thread.reset(QThread::create([this, settings = m_settings] {
        m_board = readClassBoard(settings, m_error);
        QMetaObject::invokeMethod(this, &ClassBoardReader::deliver, Qt::QueuedConnection);
        threadFinishing();
    }));
    m_thread->start();
}

void ClassBoardReader::deliver() {
    if (!m_thread)
        return;
    joinThread(m_thread.get());
    m_thread.reset();
    if (m_board)
        Q_EMIT read(*m_board);
    else
        Q_EMIT failed(m_error.text());
}

} // namespace seatsim
