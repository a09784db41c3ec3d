#pragma once

#include "engine/recordstore.h"
#include "style/theme.h"

#include <QSortFilterProxyModel>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTableView;

namespace seatsim {

class EventLogModel;

// Keeps the rows a reader asked for: only trouble (errors, retries), only one worker.
class EventLogFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setTroubleOnly(bool troubleOnly);
    void setWorker(int worker); // 0: every worker

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_troubleOnly = false;
    int m_worker = 0;
};

// The attempts of the run, one line each, fed in batches from the record store. It follows
// the newest line while the reader is at the bottom, and keeps the reader's place otherwise.
class EventLogView : public QWidget {
    Q_OBJECT
public:
    explicit EventLogView(QWidget* parent = nullptr);

    void clear(int workers);
    // Pulls what is new in `store` (at most the model's capacity).
    void pull(const RecordStore& store);
    void applyTheme(const Theme& theme);

    EventLogModel* model() const { return m_model; }
    EventLogFilter* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QCheckBox* troubleOnly() const { return m_troubleOnly; }
    QComboBox* workerFilter() const { return m_worker; }
    QLabel* countLabel() const { return m_count; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateCount();

    // Without sideways scrolling: the user column goes when the row is short.
    void fitColumns();

    int m_rowWidth = 0; // every column at its width, the message at its minimum
    QList<int> m_columnWidths;
    // The longest of the server's words in the rows held; measured in the table's font of the
    // moment, since the projector changes it after the rows came.
    QString m_widestMessage;
    int messageWidth() const;
    EventLogModel* m_model = nullptr;
    EventLogFilter* m_filter = nullptr;
    QTableView* m_table = nullptr;
    QCheckBox* m_troubleOnly = nullptr;
    QComboBox* m_worker = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_count = nullptr;
    bool m_following = true;
};

} // namespace seatsim
