#include "dialogs/comparisontable.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>
#include <array>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
constexpr int barColorRole = Qt::UserRole + 3;

bool isFigure(int column) {
    return column >= ComparisonTable::InconsistentColumn;
}

int cellMargin(const QWidget* widget) {
    if (!widget)
        return 6;
    return 2 * (widget->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1);
}

// Room a bar needs beside its number to read as a bar.
int barRoom(const QFontMetrics& metrics) {
    return metrics.height() * 3 / 2 + metrics.averageCharWidth();
}

// A figure cell: an axis on the left, a bar as long as the value's share of the column's
// largest, the number right after it. A zero has no bar, only its "0" at the axis.
class FigureBarDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        const QVariant fraction = index.data(ComparisonTable::barRole);
        if (!fraction.isValid()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QString text = opt.text;
        opt.text.clear();
        const QWidget* widget = opt.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const int margin = cellMargin(widget);
        const QRect area = opt.rect.adjusted(margin / 2, 2, -margin / 2, -2);
        const QFontMetrics metrics(opt.font);
        const int gap = metrics.averageCharWidth() / 2 + 1;
        const int textWidth = metrics.horizontalAdvance(text);
        const int room = qMax(0, area.width() - textWidth - 3 * gap);
        const double share = qBound(0.0, fraction.toDouble(), 1.0);
        const int barWidth = share > 0 ? qMax(3, qRound(share * room)) : 0;
        const int barHeight = qMax(4, qMin(area.height() - 4, metrics.height()));

        painter->save();
        painter->setPen(QPen(QColor(0x80, 0x80, 0x80), 1));
        painter->drawLine(area.left(), area.top() + 2, area.left(), area.bottom() - 2);
        if (barWidth > 0)
            painter->fillRect(
                QRect(area.left() + 1, area.center().y() - barHeight / 2, barWidth, barHeight),
                index.data(barColorRole).value<QColor>());
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(QPalette::Text));
        painter->drawText(
            QRect(area.left() + 1 + barWidth + gap, area.top(), textWidth + gap, area.height()),
            Qt::AlignLeft | Qt::AlignVCenter, text);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        const QFontMetrics metrics(option.font);
        size.setHeight(qMax(size.height(), metrics.height() * 3 / 2));
        return size;
    }
};

QString figureText(double value, int decimals) {
    return value == 0 ? u"0"_s : QLocale().toString(value, 'f', decimals);
}
} // namespace

ComparisonTable::ComparisonTable(QWidget* parent)
    : QTableWidget(0, ColumnCount, parent) {
    setObjectName(u"comparisonTable"_s);
    setHorizontalHeaderLabels({tr("Strategy"), tr("Verdict"), tr("Inconsistent\nruns"),
                               tr("Dead-\nlocks"), tr("Failed\nreservations"), tr("Retries"),
                               tr("Mean\ndrift"), tr("Attempts\nper s")});
    horizontalHeaderItem(InconsistentColumn)
        ->setToolTip(tr("Runs that ended with free + occupied ≠ capacity"));
    horizontalHeaderItem(DeadlocksColumn)->setToolTip(tr("Deadlocks (40P01) in all runs"));
    horizontalHeaderItem(FailuresColumn)
        ->setToolTip(tr("Reservations that ended in an error or gave up after the last try"));
    horizontalHeaderItem(RetriesColumn)
        ->setToolTip(tr("Tries repeated after a deadlock or a serialization failure"));
    horizontalHeaderItem(DriftColumn)
        ->setToolTip(tr("Mean of free + occupied − capacity at the end of a run"));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setWordWrap(true);
    setItemDelegate(new FigureBarDelegate(this));
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    horizontalHeader()->setTextElideMode(Qt::ElideNone);
    setTextElideMode(Qt::ElideNone);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_theme.baseFont = font();
}

QString ComparisonTable::verdictWord(Verdict::Kind kind) {
    const QString symbol = Verdict::symbol(kind);
    return symbol.isEmpty() ? Verdict::word(kind) : symbol + u' ' + Verdict::word(kind);
}

void ComparisonTable::applyTheme(const Theme& theme) {
    m_theme = theme;
    setFont(theme.font(1.1));
    horizontalHeader()->setFont(theme.font(0.95, true));
    verticalHeader()->setMinimumSectionSize(int(QFontMetrics(theme.font(1.1)).height() * 1.5));
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            if (QTableWidgetItem* cell = item(row, column))
                cell->setFont(theme.font(1.1, column == VerdictColumn));
        }
    }
    fitColumns();
}

void ComparisonTable::setRows(const QList<Row>& rows) {
    setRowCount(int(rows.size()));
    std::array<double, ColumnCount> highest{};
    auto figures = [](const StrategyTotals& t) {
        std::array<double, ColumnCount> values{};
        values[InconsistentColumn] = t.runs > 0 ? double(t.inconsistentRuns) / t.runs : 0.0;
        values[DeadlocksColumn] = double(t.counters.deadlocks);
        values[FailuresColumn] = double(t.counters.failed);
        values[RetriesColumn] = double(t.counters.retries);
        values[DriftColumn] = qAbs(qRound(t.meanDrift() * 10) / 10.0);
        values[ThroughputColumn] = t.attemptsPerSecond();
        return values;
    };
    for (const Row& row : rows) {
        const auto values = figures(row.totals);
        for (int column = InconsistentColumn; column < ColumnCount; ++column)
            highest[column] = qMax(highest[column], values[column]);
    }
    // Red: what makes a run inconsistent; amber: what makes it not correct; blue: counted only.
    std::array<QColor, ColumnCount> colors{};
    colors[InconsistentColumn] = colors[DriftColumn] = m_theme.bad();
    colors[DeadlocksColumn] = colors[FailuresColumn] = m_theme.warning();
    colors[RetriesColumn] = colors[ThroughputColumn] = okabeIto::blue;

    for (int r = 0; r < rows.size(); ++r) {
        const Row& row = rows.at(r);
        const StrategyTotals& t = row.totals;
        const bool ran = t.runs > 0;
        const bool audited = t.runs - t.failedRuns > 0;
        const auto values = figures(t);
        std::array<QString, ColumnCount> cells;
        cells[NameColumn] = row.name;
        cells[VerdictColumn] = ran ? verdictWord(t.verdict.kind) : u"…"_s;
        cells[InconsistentColumn] = u"%1 / %2"_s.arg(t.inconsistentRuns).arg(t.runs);
        cells[DeadlocksColumn] = QString::number(t.counters.deadlocks);
        cells[FailuresColumn] = QString::number(t.counters.failed);
        cells[RetriesColumn] = QString::number(t.counters.retries);
        cells[DriftColumn] = audited ? figureText(qRound(t.meanDrift() * 10) / 10.0, 1) : u"–"_s;
        cells[ThroughputColumn] =
            t.durationMs > 0 ? figureText(qRound(t.attemptsPerSecond() * 10) / 10.0, 1) : u"–"_s;
        for (int column = 0; column < ColumnCount; ++column) {
            auto* cell = new QTableWidgetItem(ran || column == NameColumn ? cells[column] : u"…"_s);
            cell->setFont(m_theme.font(1.1, column == VerdictColumn));
            cell->setForeground(m_theme.text());
            cell->setTextAlignment(column == NameColumn ? Qt::AlignLeft | Qt::AlignVCenter
                                                        : Qt::AlignCenter);
            if (column == VerdictColumn && ran) {
                cell->setForeground(Qt::white);
                cell->setBackground(m_theme.verdictColor(t.verdict.kind));
                cell->setToolTip(t.verdict.headline());
            }
            const bool hasValue = column == DriftColumn        ? audited
                                  : column == ThroughputColumn ? t.durationMs > 0
                                                               : true;
            if (isFigure(column) && ran && hasValue) {
                cell->setData(barRole,
                              highest[column] > 0 ? values[column] / highest[column] : 0.0);
                cell->setData(barColorRole, colors[column]);
            }
            setItem(r, column, cell);
        }
    }
    fitColumns();
}

void ComparisonTable::resizeEvent(QResizeEvent* event) {
    QTableWidget::resizeEvent(event);
    fitColumns();
}

void ComparisonTable::fitColumns() {
    const int headerMargin =
        2 * style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, horizontalHeader()) + 4;
    const int margin = cellMargin(this) + 4;
    const QFontMetrics headerMetrics(horizontalHeader()->font());
    std::array<int, ColumnCount> need{};
    for (int column = 0; column < ColumnCount; ++column) {
        const QString header = model()->headerData(column, Qt::Horizontal).toString();
        for (const QString& line : header.split(u'\n'))
            need[column] = qMax(need[column], headerMetrics.horizontalAdvance(line) + headerMargin);
    }
    int longestName = need[NameColumn];
    int longestWord = need[NameColumn];
    for (int row = 0; row < rowCount(); ++row) {
        for (int column = 0; column < ColumnCount; ++column) {
            const QTableWidgetItem* cell = item(row, column);
            if (!cell)
                continue;
            const QFontMetrics metrics(cell->font());
            const int width = metrics.horizontalAdvance(cell->text()) + margin;
            if (column == NameColumn) {
                longestName = qMax(longestName, width);
                for (const QString& word : cell->text().split(u' '))
                    longestWord = qMax(longestWord, metrics.horizontalAdvance(word) + margin);
            } else {
                need[column] =
                    qMax(need[column], width + (isFigure(column) ? barRoom(metrics) : 0));
            }
        }
    }
    int others = 0;
    for (int column = VerdictColumn; column < ColumnCount; ++column)
        others += need[column];
    // Leave room for a vertical scroll bar, so that its coming and going changes nothing.
    const int available = width() - 2 * frameWidth() - verticalScrollBar()->sizeHint().width();
    // The names on one line when they fit; else wrapped at spaces, never cut inside a word.
    const int nameWidth = qBound(longestWord, available - others, longestName);
    int spare = qMax(0, available - others - nameWidth);
    setColumnWidth(NameColumn, nameWidth);
    setColumnWidth(VerdictColumn, need[VerdictColumn]);
    for (int column = InconsistentColumn; column < ColumnCount; ++column) {
        const int share = spare / (ColumnCount - column);
        spare -= share;
        setColumnWidth(column, need[column] + share);
    }
    resizeRowsToContents();
    // Taller rows where the window has room: a slide, not a spreadsheet.
    if (rowCount() == 0)
        return;
    int rows = 0;
    for (int row = 0; row < rowCount(); ++row)
        rows += rowHeight(row);
    const int extra =
        qBound(0, (viewport()->height() - rows) / rowCount(), QFontMetrics(font()).height());
    for (int row = 0; extra > 0 && row < rowCount(); ++row)
        setRowHeight(row, rowHeight(row) + extra);
}

std::unique_ptr<QWidget> ComparisonTable::sheet(const QString& title) const {
    auto sheet = std::make_unique<QWidget>();
    sheet->setAttribute(Qt::WA_DontShowOnScreen);
    QPalette palette = sheet->palette();
    palette.setColor(QPalette::Window, Qt::white);
    sheet->setPalette(palette);
    sheet->setAutoFillBackground(true);

    auto* heading = new QLabel(title, sheet.get());
    heading->setFont(m_theme.font(1.3, true));
    heading->setWordWrap(true);
    auto* copy = new QTableView(sheet.get());
    copy->setModel(model());
    copy->setItemDelegate(new FigureBarDelegate(copy));
    copy->setFont(font());
    copy->setWordWrap(true);
    copy->setTextElideMode(Qt::ElideNone);
    copy->setSelectionMode(QAbstractItemView::NoSelection);
    copy->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    copy->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    copy->verticalHeader()->hide();
    copy->horizontalHeader()->setFont(horizontalHeader()->font());
    copy->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    copy->horizontalHeader()->setTextElideMode(Qt::ElideNone);
    copy->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    int width = 2 * copy->frameWidth();
    for (int column = 0; column < ColumnCount; ++column) {
        copy->setColumnWidth(column, columnWidth(column));
        width += columnWidth(column);
    }
    int height = 2 * copy->frameWidth() + horizontalHeader()->height();
    for (int row = 0; row < rowCount(); ++row) {
        copy->setRowHeight(row, rowHeight(row));
        height += rowHeight(row);
    }
    copy->setFixedSize(width, height);

    auto* layout = new QVBoxLayout(sheet.get());
    layout->addWidget(heading);
    layout->addWidget(copy);
    const QMargins margins = layout->contentsMargins();
    const int sheetWidth = width + margins.left() + margins.right();
    sheet->resize(sheetWidth, layout->hasHeightForWidth() ? layout->totalHeightForWidth(sheetWidth)
                                                          : layout->totalSizeHint().height());
    sheet->show();
    layout->activate();
    return sheet;
}

} // namespace seatsim
