#include "live/eventlogview.h"

#include "live/eventlogmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace seatsim {

void EventLogFilter::setTroubleOnly(bool troubleOnly) {
    if (m_troubleOnly == troubleOnly)
        return;
    m_troubleOnly = troubleOnly;
    invalidateFilter();
}

void EventLogFilter::setWorker(int worker) {
    if (m_worker == worker)
        return;
    m_worker = worker;
    invalidateFilter();
}

bool EventLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_worker > 0 && index.data(EventLogModel::workerRole).toInt() != m_worker)
        return false;
    if (m_troubleOnly) {
        const auto outcome = AttemptOutcome(index.data(EventLogModel::outcomeRole).toInt());
        const int tries =
            sourceModel()->index(sourceRow, EventLogModel::Tries, sourceParent).data().toInt();
        return EventLogModel::isTrouble(outcome) || tries > 1;
    }
    return true;
}

EventLogView::EventLogView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"eventLog"_s);
    m_model = new EventLogModel(5000, this);
    m_filter = new EventLogFilter(this);
    m_filter->setSourceModel(m_model);

    m_title = new QLabel(tr("Attempts"), this);
    m_count = new QLabel(this);
    m_count->setObjectName(u"eventLogCount"_s);
    // In a narrow column (German, projector) the count takes a second line rather than
    // widening the window's right column at the SQL's expense.
    m_count->setWordWrap(true);
    m_troubleOnly = new QCheckBox(tr("Only errors and retries"), this);
    m_troubleOnly->setObjectName(u"troubleOnly"_s);
    m_worker = new QComboBox(this);
    m_worker->setObjectName(u"workerFilter"_s);
    m_worker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_worker->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // never cut "All workers"
    connect(m_troubleOnly, &QCheckBox::toggled, m_filter, &EventLogFilter::setTroubleOnly);
    connect(m_worker, &QComboBox::currentIndexChanged, this,
            [this](int row) { m_filter->setWorker(qMax(0, m_worker->itemData(row).toInt())); });

    // The filter changes what is shown without a new pull: the count follows the proxy.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &EventLogView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &EventLogView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &EventLogView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &EventLogView::updateCount);

    m_table = new QTableView(this);
    m_table->setObjectName(u"eventLogTable"_s);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    // fitColumns() keeps the row inside the view; the stretched message column would otherwise
    // leave a scroll bar for a pixel of rounding.
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->viewport()->installEventFilter(this);
    m_table->setShowGrid(false);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // The short columns as wide as their contents, the server's message takes the rest.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);

    // Following the newest line survives anything that changes the range: new rows, a
    // resize, a filter. Only the reader scrolling up ends it.
    QScrollBar* scroll = m_table->verticalScrollBar();
    connect(scroll, &QScrollBar::rangeChanged, this, [this, scroll](int, int maximum) {
        if (m_following)
            scroll->setValue(maximum);
    });
    connect(scroll, &QScrollBar::valueChanged, this,
            [this, scroll](int value) { m_following = value >= scroll->maximum(); });

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_title);
    bar->addWidget(m_count, 1); // takes the free room, so it wraps only when there is none
    bar->addWidget(m_troubleOnly);
    bar->addWidget(m_worker);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    clear(5);
}

void EventLogView::clear(int workers) {
    m_model->clear();
    const int selected = m_worker->currentData().toInt();
    QSignalBlocker blocker(m_worker);
    m_worker->clear();
    m_worker->addItem(tr("All workers"), 0);
    for (int worker = 1; worker <= workers; ++worker)
        m_worker->addItem(tr("Worker %1").arg(worker), worker);
    const int row = selected > 0 && selected <= workers ? selected : 0;
    m_worker->setCurrentIndex(row);
    m_filter->setWorker(row);
    m_following = true;
    m_widestMessage.clear();
    updateCount();
    fitColumns();
}

void EventLogView::updateCount() {
    const int shown = m_filter->rowCount();
    const int held = m_model->rowCount();
    if (held == 0)
        m_count->clear();
    else if (shown == held)
        m_count->setText(tr("(%1 shown, newest last)").arg(QLocale().toString(shown)));
    else
        m_count->setText(tr("(%1 of %2 shown, newest last)")
                             .arg(QLocale().toString(shown), QLocale().toString(held)));
}

void EventLogView::pull(const RecordStore& store) {
    if (store.lastSequence() <= m_model->lastSequence())
        return;
    const bool follow = m_following;
    // Remember the reader's top line by its sequence: rows making room must not move it.
    qint64 anchor = -1;
    if (!follow) {
        const QModelIndex top = m_table->indexAt(QPoint(1, 1));
        if (top.isValid())
            anchor = top.data(EventLogModel::sequenceRole).toLongLong();
    }
    const QList<AttemptRecord> fresh = store.since(m_model->lastSequence(), m_model->capacity());
    const QFontMetrics cells(m_table->font());
    int widest = cells.horizontalAdvance(m_widestMessage);
    bool wider = false;
    for (const AttemptRecord& record : fresh) {
        const QString message = record.errorMessage.simplified();
        const int width = message.isEmpty() ? 0 : cells.horizontalAdvance(message);
        if (width > widest) {
            widest = width;
            m_widestMessage = message;
            wider = true;
        }
    }
    m_model->append(fresh);
    if (wider)
        fitColumns();
    if (follow) {
        m_table->scrollToBottom();
    } else if (anchor >= 0) {
        const int sourceRow = m_model->rowOf(anchor);
        if (sourceRow >= 0) {
            const QModelIndex proxy = m_filter->mapFromSource(m_model->index(sourceRow, 0));
            if (proxy.isValid())
                m_table->scrollTo(proxy, QAbstractItemView::PositionAtTop);
        }
    }
}

void EventLogView::applyTheme(const Theme& theme) {
    // On the projector a row of ten columns fits 1280 px at about 1.35× type.
    const QFont font = theme.font(theme.projector ? 0.85 : 0.95);
    const QFont headerFont = theme.font(theme.projector ? 0.8 : 0.9, true);
    m_table->setFont(font);
    m_table->horizontalHeader()->setFont(headerFont);
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() + 4);
    const QFontMetrics cells(font);
    const QFontMetrics header(headerFont);
    QString longestOutcome;
    for (int outcome = 0; outcome <= int(AttemptOutcome::Stopped); ++outcome) {
        const QString text = outcomeWord(AttemptOutcome(outcome));
        if (text.size() > longestOutcome.size())
            longestOutcome = text;
    }
    const QStringList samples{u"00000"_s, u"000.00"_s,    u"00"_s, u"000"_s,      u"8 + 8"_s,
                              u"00"_s,    longestOutcome, u"00"_s, u"40P01 ×10"_s};
    // The header's margins, no more: on the projector every pixel of the row counts.
    const int padding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin);
    m_rowWidth = 0;
    m_columnWidths = QList<int>(samples.size(), 0);
    for (int column = 0; column < int(samples.size()); ++column) {
        const QString name =
            m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        const int width =
            qMax(cells.horizontalAdvance(samples.at(column)), header.horizontalAdvance(name)) +
            padding;
        m_table->setColumnWidth(column, width);
        m_columnWidths[column] = width;
        m_rowWidth += width;
    }
    // The message column takes what is left, down to its header's width.
    const int message =
        header.horizontalAdvance(
            m_model->headerData(EventLogModel::Message, Qt::Horizontal, Qt::DisplayRole)
                .toString()) +
        padding;
    m_rowWidth += message;
    m_columnWidths.append(message);
    // A larger minimum would widen the narrow columns past the widths fitColumns() counts with.
    m_table->horizontalHeader()->setMinimumSectionSize(
        *std::min_element(m_columnWidths.cbegin(), m_columnWidths.cend()));
    fitColumns();
    m_title->setFont(theme.font(1.0, true));
    m_count->setFont(theme.font(0.9));
    m_troubleOnly->setFont(theme.font(0.95));
    m_worker->setFont(theme.font(0.95));
}

bool EventLogView::eventFilter(QObject* watched, QEvent* event) {
    // After the scroll area has settled its scroll bars for the new size.
    if (watched == m_table->viewport() &&
        (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        QMetaObject::invokeMethod(this, &EventLogView::fitColumns, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

int EventLogView::messageWidth() const {
    if (m_widestMessage.isEmpty())
        return 0;
    // As the item delegate lays out a cell: the text and a focus frame's margin either side.
    const int margin =
        m_table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + 1;
    return QFontMetrics(m_table->font()).horizontalAdvance(m_widestMessage) + 2 * margin;
}

void EventLogView::fitColumns() {
    // Room for the vertical scroll bar too, which comes with the rows.
    QScrollBar* rows = m_table->verticalScrollBar();
    const int room =
        m_table->viewport()->width() - (rows->isVisible() ? 0 : rows->sizeHint().width());
    // The user's id and the attempt's number are in its detail too: they go first.
    // Qt gives a stretched last section short of room 100 px (measured), whatever its minimum.
    // The server's words are the point of the message column: columns go until they fit.
    const int message = qMax(m_columnWidths.value(EventLogModel::Message), messageWidth());
    int width = m_rowWidth - m_columnWidths.value(EventLogModel::Message) + qMax(message, 100);
    for (const int column :
         {int(EventLogModel::User), int(EventLogModel::Sequence), int(EventLogModel::Time),
          int(EventLogModel::SeatsRead), int(EventLogModel::Tries)}) {
        const bool hide = width > room;
        m_table->setColumnHidden(column, hide);
        if (hide)
            width -= m_columnWidths.value(column);
    }
    // Again after every model reset, which sets the sections back to their default size.
    for (int column = 0; column < EventLogModel::Message && column < m_columnWidths.size();
         ++column)
        m_table->setColumnWidth(column, m_columnWidths.at(column));
}

} // namespace seatsim
