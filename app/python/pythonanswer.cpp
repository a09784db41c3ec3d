#include "python/pythonanswer.h"

#include "python/bridgeprocess.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

constexpr qint64 maxAnswerSize = 8 * 1024 * 1024; // notebooks carry their outputs
constexpr int checkTimeoutMs = 30'000;
constexpr int exitPsycopgMissing = 3;
const QString titleSuffix = u" (Python)"_s;

} // namespace

bool PythonAnswer::isPythonFile(const QString& path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"py" || suffix == u"ipynb";
}

QString PythonAnswer::fileNameInTitle(const QString& title) {
    if (!title.endsWith(titleSuffix))
        return {};
    const QString name = title.chopped(titleSuffix.size());
    return isPythonFile(name) && !name.contains(u'/') ? name : QString();
}

QString notebookCode(const QString& notebookJson) {
    const QJsonDocument document = QJsonDocument::fromJson(notebookJson.toUtf8());
    if (!document.isObject())
        return notebookJson;
    QStringList cells;
    int number = 0;
    for (const QJsonValue& cell : document.object().value(u"cells"_s).toArray()) {
        const QJsonObject object = cell.toObject();
        if (object.value(u"cell_type"_s).toString() != u"code")
            continue;
        const QJsonValue source = object.value(u"source"_s);
        QString text;
        if (source.isArray()) {
            for (const QJsonValue& line : source.toArray())
                text += line.toString();
        } else {
            text = source.toString();
        }
        cells.append(u"# In [%1]\n"_s.arg(++number) + text);
    }
    return cells.join(u"\n\n"_s) + u'\n';
}

PythonAnswer PythonAnswer::load(const QString& path, Error& error) {
    error = {};
    error.file = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error.message = tr("cannot open the answer %1: %2").arg(path, file.errorString());
        return {};
    }
    if (file.size() > maxAnswerSize) {
        error.message = tr("the file is too large (%1 bytes, at most %2 allowed)")
                            .arg(file.size())
                            .arg(maxAnswerSize);
        return {};
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(file.readAll());
    if (decoder.hasError()) {
        error.message = tr("the file is not valid UTF-8 text");
        return {};
    }

    BridgeProcess bridge;
    if (!bridge.start(u"check"_s, QFileInfo(path).absoluteFilePath(), error))
        return {};
    QByteArray line;
    bool timedOut = false;
    QJsonObject reply;
    if (bridge.readLine(checkTimeoutMs, &line, &timedOut))
        reply = QJsonDocument::fromJson(line).object();
    if (timedOut)
        bridge.killGroup();
    const int exitCode = bridge.wait();
    if (reply.value(u"event"_s).toString() != u"ok") {
        if (timedOut)
            error.message = tr("loading the answer's definitions did not end within %1 s")
                                .arg(checkTimeoutMs / 1000);
        else if (exitCode == exitPsycopgMissing)
            error.message = tr("Python's psycopg2 is missing (%1): install the Debian package "
                               "python3-psycopg2")
                                .arg(reply.value(u"message"_s).toString());
        else if (reply.contains(u"message"_s)) {
            error.message = reply.value(u"message"_s).toString();
            error.line = reply.value(u"line"_s).toInt();
        } else
            error.message = tr("Python (%1) could not check the answer (exit code %2): %3. "
                               "Install the Debian packages python3 and python3-psycopg2.")
                                .arg(pythonInterpreter())
                                .arg(exitCode)
                                .arg(QString::fromUtf8(bridge.standardError()).trimmed());
        return {};
    }
    auto data = std::make_shared<Data>();
    data->fileName = path;
    data->id = QFileInfo(path).completeBaseName();
    data->source = text;
    data->code = QFileInfo(path).suffix().toLower() == u"ipynb" ? notebookCode(text) : text;
    for (const QJsonValue& name : reply.value(u"functions"_s).toArray())
        data->functions.append(name.toString());
    error = {};
    PythonAnswer answer;
    answer.d = std::move(data);
    return answer;
}

StrategyScript PythonAnswer::placeholder() const {
    if (!d)
        return {};
    Error error;
    return StrategyScript::parse(
        u"-- title: %1%2\n"_s.arg(QFileInfo(d->fileName).fileName(), titleSuffix), d->fileName,
        standardProvidedVariables(), error);
}

QString PythonAnswer::fileName() const {
    return d ? d->fileName : QString();
}

QString PythonAnswer::id() const {
    return d ? d->id : QString();
}

QString PythonAnswer::source() const {
    return d ? d->source : QString();
}

QString PythonAnswer::code() const {
    return d ? d->code : QString();
}

QStringList PythonAnswer::functions() const {
    return d ? d->functions : QStringList();
}

} // namespace seatsim
