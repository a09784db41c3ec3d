#include "script/strategyscript.h"

#include "script/evaluator.h"
#include "script/programvariables.h"
#include "script/scriptparser.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace seatsim {

struct StrategyScript::Data {
    QString fileName;
    QString id;
    QString source;
    ScriptHeader header;
    ScriptProgram program;
};

namespace {

const std::vector<ScriptCommand> emptyCommands;
const std::vector<ScriptExprNode> emptyNodes;
const QStringList emptyNames;

} // namespace

StrategyScript StrategyScript::parse(const QString& text, const QString& fileName,
                                     const QStringList& providedVariables, Error& error) {
    auto data = std::make_shared<Data>();
    data->fileName = fileName;
    data->id = QFileInfo(fileName).completeBaseName();
    ScriptParser parser(text, QFileInfo(fileName).fileName(), data->header, data->program);
    if (!parser.parse(providedVariables, error))
        return {};
    data->source = text;
    error = {};
    StrategyScript script;
    script.d = std::move(data);
    return script;
}

StrategyScript StrategyScript::load(const QString& path, const QStringList& providedVariables,
                                    Error& error) {
    auto failWith = [&](const QString& message) {
        error = {};
        error.file = QFileInfo(path).fileName();
        error.message = message;
        return StrategyScript();
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(StrategyScript::tr("cannot open the strategy file %1: %2")
                            .arg(path, file.errorString()));
    if (file.size() > maxSourceSize)
        return failWith(
            StrategyScript::tr("the file is too large (%1 bytes, at most %2 allowed); a strategy "
                               "is a few statements")
                .arg(file.size())
                .arg(maxSourceSize));
    const QByteArray bytes = file.read(maxSourceSize + 1);
    if (file.error() != QFileDevice::NoError)
        return failWith(StrategyScript::tr("cannot read the strategy file %1: %2")
                            .arg(path, file.errorString()));
    if (bytes.contains('\0'))
        return failWith(
            StrategyScript::tr("the file contains binary data (NUL bytes); a strategy script must "
                               "be UTF-8 text"));
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return failWith(StrategyScript::tr("the file is not valid UTF-8 text"));
    return parse(text, path, providedVariables, error);
}

QString StrategyScript::id() const {
    return d ? d->id : QString();
}

QString StrategyScript::fileName() const {
    return d ? d->fileName : QString();
}

QString StrategyScript::source() const {
    return d ? d->source : QString();
}

QString StrategyScript::title(const QString& lang) const {
    if (!d)
        return {};
    if (lang.startsWith(u"de"_s) && !d->header.title[1].isEmpty())
        return d->header.title[1];
    return d->header.title[0].isEmpty() ? d->id : d->header.title[0];
}

QString StrategyScript::summary(const QString& lang) const {
    if (!d)
        return {};
    if (lang.startsWith(u"de"_s) && !d->header.summary[1].isEmpty())
        return d->header.summary[1];
    return d->header.summary[0];
}

StrategyScript::Kind StrategyScript::kind() const {
    return d ? d->header.kind : Kind::Unspecified;
}

DemoLoad StrategyScript::demoLoad() const {
    return d ? d->header.demo : DemoLoad();
}

const std::vector<ScriptCommand>& StrategyScript::commands() const {
    return d ? d->program.commands : emptyCommands;
}

const std::vector<ScriptExprNode>& StrategyScript::expressionNodes() const {
    return d ? d->program.nodes : emptyNodes;
}

const QStringList& StrategyScript::variableNames() const {
    return d ? d->program.names : emptyNames;
}

int StrategyScript::slotOf(const QString& name) const {
    return d ? d->program.slots.value(name, -1) : -1;
}

bool StrategyScript::isProvided(int slot) const {
    return d && slot >= 0 && size_t(slot) < d->program.provided.size() && d->program.provided[slot];
}

bool StrategyScript::evaluate(int expr, const std::vector<ScriptValue>& variables,
                              std::uint64_t* rngState, ScriptValue* result, Error& error) const {
    if (!d || expr < 0 || size_t(expr) >= d->program.nodes.size() ||
        variables.size() < size_t(d->program.names.size())) {
        error = Error();
        error.message = StrategyScript::tr("internal error: bad expression or variable vector");
        return false;
    }
    return Evaluator(d->program, variables, rngState, error).evaluate(expr, result);
}

bool StrategyScript::substitute(int index, const std::vector<ScriptValue>& variables, QString* out,
                                Error& error) const {
    for (const SqlPiece& piece : d->program.commands[size_t(index)].pieces) {
        out->append(piece.literal);
        if (piece.slot >= 0) {
            const ScriptValue& v = variables[size_t(piece.slot)];
            if (!v.isSet()) {
                error = Error();
                error.message =
                    StrategyScript::tr("undefined variable :%1").arg(d->program.names[piece.slot]);
                return false;
            }
            v.appendTo(*out);
        }
    }
    return true;
}

bool StrategyScript::mentions(const QString& name) const {
    const int slot = slotOf(name);
    return slot >= 0 && size_t(slot) < d->program.mentioned.size() && d->program.mentioned[slot];
}

QStringList standardProvidedVariables() {
    return {var::sessions, var::thinkMs,   var::worker,    var::capacityTotal,
            var::userId,   var::sessionId, var::session2Id};
}

QStringList builtinStrategyIds() {
    return {u"naive"_s,         u"naive-tx"_s,        u"for-update"_s, u"atomic"_s,
            u"serializable"_s,  u"repeatable-read"_s, u"for-share"_s,  u"multi-unordered"_s,
            u"multi-ordered"_s, u"lock-table"_s};
}

StrategyScript builtinStrategy(const QString& id, const QStringList& providedVariables) {
    if (!builtinStrategyIds().contains(id))
        return {};
    Error error;
    const StrategyScript script =
        StrategyScript::load(u":/sql/strategies/%1.sql"_s.arg(id), providedVariables, error);
    if (script.isNull())
        qWarning("built-in strategy %s: %s", qPrintable(id), qPrintable(error.text()));
    return script;
}

QList<StrategyScript> builtinStrategies(const QStringList& providedVariables) {
    QList<StrategyScript> out;
    for (const QString& id : builtinStrategyIds()) {
        const StrategyScript script = builtinStrategy(id, providedVariables);
        if (!script.isNull())
            out.append(script);
    }
    return out;
}

} // namespace seatsim
