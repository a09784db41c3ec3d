#include "eventlogview.h"

#include "eventlogmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

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
    m_troubleOnly = new QCheckBox(tr("Only errors and retries"), this);
    m_troubleOnly->setObjectName(u"troubleOnly"_s);
    m_worker = new QComboBox(this);
    m_worker->setObjectName(u"workerFilter"_s);
    m_worker->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_troubleOnly, &QCheckBox::toggled, m_filter, &EventLogFilter::setTroubleOnly);
    connect(m_worker, &QComboBox::currentIndexChanged, this,
            [this](int row) { m_filter->setWorker(qMax(0, m_worker->itemData(row).toInt())); });

    m_table = new QTableView(this);
    m_table->setObjectName(u"eventLogTable"_s);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
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
    bar->addWidget(m_count);
    bar->addStretch(1);
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
    m_count->clear();
    m_following = true;
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
    m_model->append(store.since(m_model->lastSequence(), m_model->capacity()));
    m_count->setText(tr("(%1 shown, newest last)").arg(QLocale().toString(m_filter->rowCount())));
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
    const QFont font = theme.font(0.95);
    m_table->setFont(font);
    m_table->horizontalHeader()->setFont(theme.font(0.9, true));
    m_table->verticalHeader()->setDefaultSectionSize(QFontMetrics(font).height() + 4);
    m_title->setFont(theme.font(1.0, true));
    m_count->setFont(theme.font(0.9));
    m_troubleOnly->setFont(theme.font(0.95));
    m_worker->setFont(theme.font(0.95));
}

bool EventLogView::isFollowing() const {
    return m_following;
}

} // namespace seatsim
