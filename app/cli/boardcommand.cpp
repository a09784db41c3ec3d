#include "cli/boardcommand.h"

#include "cli/commandline.h"
#include "results/classboard.h"

#include <QJsonDocument>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace seatsim {

int printClassBoard(const ConnectionSettings& settings, bool json) {
    Error error;
    const std::optional<ClassBoard> board = readClassBoard(settings, error);
    if (!board) {
        fprintf(stderr, "seatsim: %s\n", qPrintable(error.text()));
        return ExitCouldNotRun;
    }
    QString text;
    if (json) {
        for (const BoardSchema& schema : std::as_const(board->schemas))
            text +=
                QString::fromUtf8(QJsonDocument(schema.toJson()).toJson(QJsonDocument::Compact)) +
                u'\n';
    } else {
        text = board->report();
    }
    fputs(text.toUtf8().constData(), stdout);
    fflush(stdout);
    return ExitOk;
}

} // namespace seatsim
