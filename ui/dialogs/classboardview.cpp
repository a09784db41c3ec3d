#include "dialogs/classboardview.h"

#include "python/pythonanswer.h"
#include "verdict/judge.h"

#include <QApplication>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
enum Column { SchemaColumn, OwnerColumn, RunsColumn, LatestColumn, StrategyColumn, VerdictColumn };
constexpr int KeyRole = Qt::UserRole + 1; // on the schema cell: schema; strategy cell: its id
} // namespace

ClassBoardView::ClassBoardView(QWidget* parent)
    : QWidget(parent, Qt::Window) {
    setObjectName(u"classBoardView"_s);
    setWindowTitle(tr("Class board"));

    m_server = new QLabel(this);
    m_server->setWordWrap(true);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(u"classBoardTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Schema"), tr("Owner"), tr("Runs"), tr("Latest run"),
                                        tr("Strategy"), tr("Latest verdict")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    // The verdict takes the room that is left and wraps a long reason (an unreadable schema's)
    // onto more lines rather than pushing the table sideways.
    m_table->horizontalHeader()->setSectionResizeMode(VerdictColumn, QHeaderView::Stretch);
    m_table->setWordWrap(true);

    m_script = new QPlainTextEdit(this);
    m_script->setObjectName(u"classBoardScript"_s);
    m_script->setReadOnly(true);
    m_script->setPlaceholderText(tr("Click a row to read the script that ran."));
    m_runForRoom = new QPushButton(tr("Run for the room"), this);
    m_runForRoom->setObjectName(u"runForRoomButton"_s);
    m_runForRoom->setToolTip(
        tr("Make this script the strategy of the main window, to run it in your own schema."));
    m_runForRoom->setEnabled(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto* scriptPane = new QWidget(this);
    auto* scriptLayout = new QVBoxLayout(scriptPane);
    scriptLayout->setContentsMargins(0, 0, 0, 0);
    scriptLayout->addWidget(m_script, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_runForRoom);
    scriptLayout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(scriptPane);
    // The class first, the script beside it.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_server);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    m_timer.setInterval(refreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ClassBoardView::refresh);
    connect(&m_reader, &ClassBoardReader::read, this, &ClassBoardView::showBoard);
    connect(&m_reader, &ClassBoardReader::failed, this, &ClassBoardView::showFailure);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ClassBoardView::showSelected);
    connect(m_runForRoom, &QPushButton::clicked, this, &ClassBoardView::runForTheRoom);
    resize(1100, 600);
}

ClassBoardView::~ClassBoardView() = default;

void ClassBoardView::setConnection(const ConnectionSettings& settings) {
    m_reader.setConnection(settings);
    m_server->setText(
        tr("SeatSim schemas on %1, as %2 may read them.").arg(settings.describe(), settings.user));
}

void ClassBoardView::applyTheme(const Theme& theme) {
    m_theme = theme;
    m_table->setFont(theme.font());
    QFont mono(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(theme.font().pointSizeF());
    m_script->setFont(mono);
    showBoard(m_board);
}

void ClassBoardView::refresh() {
    m_reader.refresh();
}

void ClassBoardView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    m_timer.start();
    refresh();
}

void ClassBoardView::hideEvent(QHideEvent* event) {
    m_timer.stop();
    QWidget::hideEvent(event);
}

namespace {
// Today's runs by their time alone: the column stays narrow enough for the verdict.
QString timeOfDay(const QDateTime& time) {
    const QDateTime local = time.toLocalTime();
    return local.toString(local.date() == QDate::currentDate() ? u"HH:mm:ss"_s
                                                               : u"yyyy-MM-dd HH:mm"_s);
}
} // namespace

QColor ClassBoardView::verdictColour(const QString& verdict) const {
    if (verdict == u"unreadable")
        return QColor(0x6E, 0x6E, 0x6E); // grey that white text reads on
    const Verdict::Kind kind = Verdict::kindOfId(verdict);
    return kind == Verdict::Kind::Unjudged ? QColor() : m_theme.verdictColor(kind);
}

QString ClassBoardView::verdictText(const QString& verdict) const {
    return Verdict::kindText(verdict);
}

void ClassBoardView::showBoard(const ClassBoard& board) {
    QString selectedSchema;
    const BoardStrategy* before = selected(&selectedSchema);
    const QString selectedId = before ? before->id : QString();
    m_board = board;
    m_status->setText(tr("%n SeatSim schema(s), read at %1.", nullptr, int(board.schemas.size()))
                          .arg(QTime::currentTime().toString(u"HH:mm:ss"_s)));

    const QSignalBlocker blocker(m_table);
    m_table->clearContents();
    int rows = 0;
    for (const BoardSchema& schema : board.schemas)
        rows += schema.readable() ? qMax(1, int(schema.strategies.size())) : 1;
    m_table->setRowCount(rows);
    int row = 0;
    int reselect = -1;
    const auto cell = [this](int r, int column, const QString& text) {
        auto* item = new QTableWidgetItem(text);
        m_table->setItem(r, column, item);
        return item;
    };
    const auto colour = [this](QTableWidgetItem* item, const QString& verdict) {
        const QColor background = verdictColour(verdict);
        if (!background.isValid())
            return;
        item->setBackground(background);
        item->setForeground(textOn(background));
    };
    for (const BoardSchema& schema : board.schemas) {
        const QString latest = schema.latestRun ? timeOfDay(*schema.latestRun) : QString();
        if (!schema.readable() || schema.strategies.isEmpty()) {
            cell(row, SchemaColumn, schema.schema)->setData(KeyRole, schema.schema);
            cell(row, OwnerColumn, schema.owner);
            cell(row, RunsColumn, schema.readable() ? QString::number(schema.runs) : u"–"_s);
            cell(row, LatestColumn, latest);
            cell(row, StrategyColumn, QString());
            if (schema.readable()) {
                cell(row, VerdictColumn, tr("no runs yet"));
            } else {
                QTableWidgetItem* item = cell(row, VerdictColumn, schema.accessText());
                colour(item, u"unreadable"_s);
            }
            ++row;
            continue;
        }
        for (const BoardStrategy& strategy : schema.strategies) {
            cell(row, SchemaColumn, schema.schema)->setData(KeyRole, schema.schema);
            cell(row, OwnerColumn, schema.owner);
            cell(row, RunsColumn, QString::number(schema.runs));
            cell(row, LatestColumn, timeOfDay(strategy.ranAt));
            QTableWidgetItem* name = cell(row, StrategyColumn, strategy.id);
            name->setData(KeyRole, strategy.id);
            name->setToolTip(strategy.title);
            QTableWidgetItem* verdict =
                cell(row, VerdictColumn, Verdict::kindText(strategy.verdict));
            verdict->setData(KeyRole, strategy.verdict);
            verdict->setToolTip(strategy.headline);
            colour(verdict, strategy.verdict);
            if (schema.schema == selectedSchema && strategy.id == selectedId)
                reselect = row;
            ++row;
        }
    }
    for (int column = 0; column < VerdictColumn; ++column)
        m_table->resizeColumnToContents(column);
    keepVerdictsWhole();
    m_table->resizeRowsToContents();
    if (reselect >= 0)
        m_table->selectRow(reselect);
    showSelected();
    Q_EMIT refreshed();
}

// The verdict's words are what the lecturer reads ("inkonsistent", never "inkonsi…"): when the
// columns before it leave too little room, the strategy's title wraps instead.
void ClassBoardView::keepVerdictsWhole() {
    const QFontMetrics metrics(m_table->font());
    const int margin =
        2 * (m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1) + 8;
    int verdict = 0;
    for (const QString& id : {u"correct"_s, u"inconsistent"_s, u"not_correct"_s, QString()})
        verdict = qMax(verdict, metrics.horizontalAdvance(verdictText(id)) + margin);
    int others = 0;
    for (int column = 0; column < VerdictColumn; ++column)
        others += m_table->columnWidth(column);
    const int room = m_table->viewport()->width();
    const int over = others + verdict - room;
    if (over <= 0)
        return;
    const int strategy = m_table->columnWidth(StrategyColumn);
    m_table->setColumnWidth(StrategyColumn, qMax(metrics.averageCharWidth() * 12, strategy - over));
}

void ClassBoardView::showFailure(const QString& message) {
    m_status->setText(message);
    Q_EMIT refreshed();
}

const BoardStrategy* ClassBoardView::selected(QString* schemaName) const {
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const int row = items.constFirst()->row();
    const QTableWidgetItem* schemaItem = m_table->item(row, SchemaColumn);
    const QTableWidgetItem* strategyItem = m_table->item(row, StrategyColumn);
    if (!schemaItem || !strategyItem)
        return nullptr;
    const BoardSchema* schema = m_board.find(schemaItem->data(KeyRole).toString());
    if (!schema)
        return nullptr;
    if (schemaName)
        *schemaName = schema->schema;
    const QString id = strategyItem->data(KeyRole).toString();
    for (const BoardStrategy& strategy : schema->strategies) {
        if (strategy.id == id)
            return &strategy;
    }
    return nullptr;
}

void ClassBoardView::showSelected() {
    const BoardStrategy* strategy = selected();
    QString text = strategy ? strategy->script : QString();
    if (strategy && PythonAnswer::fileNameInTitle(strategy->title).endsWith(u".ipynb"_s))
        text = notebookCode(text);
    if (m_script->toPlainText() != text)
        m_script->setPlainText(text);
    m_runForRoom->setEnabled(strategy != nullptr);
}

bool ClassBoardView::runForTheRoom() {
    QString schema;
    const BoardStrategy* strategy = selected(&schema);
    if (!strategy)
        return false;
    Error error;
    const QString python = PythonAnswer::fileNameInTitle(strategy->title);
    if (!python.isEmpty())
        return runPythonForTheRoom(schema, python, strategy->script);
    const StrategyScript script =
        StrategyScript::parse(strategy->script, u"%1-%2.sql"_s.arg(schema, strategy->id),
                              standardProvidedVariables(), error);
    if (script.isNull()) {
        m_status->setText(tr("The script of %1 does not parse: %2").arg(schema, error.text()));
        return false;
    }
    Q_EMIT strategyChosen(script);
    m_status->setText(tr("The script of %1 (%2) is now the strategy of the main window.")
                          .arg(schema, strategy->id));
    return true;
}

// A student's Python answer runs from a file, as File → Open runs it: the text that ran is
// written under the program's data (board/<schema>/<file>) and opened from there.
bool ClassBoardView::runPythonForTheRoom(const QString& schema, const QString& fileName,
                                         const QString& source) {
    const QString folder =
        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + u"/board/"_s +
        schema;
    QSaveFile file(folder + u'/' + fileName);
    if (!QDir().mkpath(folder) || !file.open(QIODevice::WriteOnly) ||
        file.write(source.toUtf8()) < 0 || !file.commit()) {
        m_status->setText(tr("Could not write %1: %2").arg(file.fileName(), file.errorString()));
        return false;
    }
    Error error;
    if (!m_openFile || !m_openFile(file.fileName(), error)) {
        m_status->setText(tr("The answer of %1 does not load: %2").arg(schema, error.text()));
        return false;
    }
    m_status->setText(tr("The answer of %1 (%2) is now the strategy of the main window.")
                          .arg(schema, fileName));
    return true;
}

} // namespace seatsim
