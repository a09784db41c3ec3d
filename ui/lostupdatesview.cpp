#include "lostupdatesview.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seatsim {

LostUpdatesView::LostUpdatesView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"lostUpdatesView"_s);
    m_summary = new QLabel;
    m_summary->setObjectName(u"lostUpdatesSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sessions = new QLabel;
    m_sessions->setObjectName(u"lostUpdatesSessions"_s);
    m_sessions->setWordWrap(true);
    m_list = new QListWidget;
    m_list->setObjectName(u"lostUpdatesList"_s);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    layout->addWidget(m_sessions);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_analysis.lostUpdates.size())
            Q_EMIT lostUpdateSelected(m_analysis.lostUpdates.at(row).sequences);
    });
    clear();
}

void LostUpdatesView::clear() {
    m_analysis = {};
    m_haveAnalysis = false;
    m_list->clear();
    m_sessions->clear();
    m_sessions->hide();
    m_summary->setText(tr("After a run, every pair of attempts that read the same number of free "
                          "seats and both wrote shows up here: one of their updates was lost."));
    styleSummary();
}

void LostUpdatesView::setRunning() {
    clear();
    m_summary->setText(tr("The run is going: the lost updates are counted when it ends."));
}

void LostUpdatesView::setAnalysis(const LostUpdateAnalysis& analysis) {
    m_analysis = analysis;
    m_haveAnalysis = true;
    m_list->clear();
    for (const LostUpdate& lost : analysis.lostUpdates) {
        auto* item = new QListWidgetItem(lost.text, m_list);
        QStringList sequences;
        for (qint64 sequence : lost.sequences)
            sequences << QString::number(sequence);
        item->setToolTip(
            tr("Attempts %1 — click to see them in the timeline").arg(sequences.join(u", "_s)));
    }
    QStringList lines;
    for (const SessionReconciliation& session : analysis.sessions) {
        if (session.drift != 0 || session.found != 0 || !session.explained)
            lines << (session.explained ? u"✓ "_s : u"✗ "_s) + session.explanation;
    }
    if (analysis.droppedRecords > 0)
        lines << tr("%n attempt(s) no longer in memory were not analysed.", nullptr,
                    int(analysis.droppedRecords));
    m_sessions->setText(lines.join(u'\n'));
    m_sessions->setVisible(!lines.isEmpty());
    m_summary->setText(analysis.summary);
    styleSummary();
}

void LostUpdatesView::applyTheme(const Theme& theme) {
    m_theme = theme;
    m_summary->setFont(theme.font(1.05, true));
    m_sessions->setFont(theme.font(0.9));
    m_list->setFont(theme.font(0.95));
    styleSummary();
}

void LostUpdatesView::styleSummary() {
    if (!m_haveAnalysis) {
        m_summary->setStyleSheet(
            u"QLabel { color: %1; padding: 4px; }"_s.arg(m_theme.neutral().name()));
        return;
    }
    // Explained drift (or none) is the good case for this view, whatever the verdict says.
    const QColor background = m_analysis.explainsDrift() ? m_theme.good() : m_theme.bad();
    m_summary->setStyleSheet(
        u"QLabel { color: white; background: %1; border-radius: 4px; padding: 4px 8px; }"_s.arg(
            background.name()));
}

} // namespace seatsim
