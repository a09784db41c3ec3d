#include "race/lostupdatesview.h"

#include <QHBoxLayout>
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
    m_sessions = new QListWidget;
    m_sessions->setObjectName(u"lostUpdatesSessions"_s);
    m_sessions->setWordWrap(true);
    m_sessions->setSelectionMode(QAbstractItemView::NoSelection);
    m_sessions->setToolTip(tr("Per session: does the number of lost updates explain the drift "
                              "that the audit measured?"));
    m_list = new QListWidget;
    m_list->setObjectName(u"lostUpdatesList"_s);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    auto* lists = new QHBoxLayout;
    lists->setSpacing(6);
    lists->addWidget(m_list, 3);
    lists->addWidget(m_sessions, 2);
    layout->addLayout(lists, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_analysis.lostUpdates.size())
            Q_EMIT lostUpdateSelected(m_analysis.lostUpdates.at(row).sequences);
    });
    clear();
}

void LostUpdatesView::clear() {
    m_analysis = {};
    m_haveAnalysis = false;
    m_verdictKind = Verdict::Kind::Unjudged;
    m_list->clear();
    m_sessions->clear();
    m_list->hide();
    m_sessions->hide();
    m_summary->setText(tr("After a run, every pair of attempts that read the same number of free "
                          "seats and both wrote shows up here: one of their updates was lost."));
    styleSummary();
}

void LostUpdatesView::setRunning() {
    clear();
    m_summary->setText(tr("The run is going: the lost updates are counted when it ends."));
}

void LostUpdatesView::setAnalysis(const LostUpdateAnalysis& analysis, const Verdict& verdict) {
    m_analysis = analysis;
    m_haveAnalysis = true;
    m_verdictKind = verdict.kind;
    m_list->clear();
    for (const LostUpdate& lost : analysis.lostUpdates) {
        auto* item = new QListWidgetItem(lost.text, m_list);
        QStringList sequences;
        for (qint64 sequence : lost.sequences)
            sequences << QString::number(sequence);
        item->setToolTip(
            tr("Attempts %1 — click to see them in the timeline").arg(sequences.join(u", "_s)));
    }
    m_sessions->clear();
    for (const SessionReconciliation& session : analysis.sessions) {
        if (session.drift == 0 && session.found == 0 && session.explained)
            continue;
        auto* item = new QListWidgetItem(
            (session.explained ? u"✓ "_s : u"✗ "_s) + session.explanation, m_sessions);
        item->setForeground(session.explained ? m_theme.good() : m_theme.bad());
    }
    if (analysis.droppedRecords > 0)
        m_sessions->addItem(
            tr("Attempts no longer in memory, not analysed: %1").arg(int(analysis.droppedRecords)));
    QString summary = analysis.summary;
    if (analysis.found() == 0 && verdict.kind == Verdict::Kind::Inconsistent)
        summary +=
            u'\n' +
            tr("The table is inconsistent without a lost update: %1").arg(verdict.headline());
    else if (analysis.found() == 0 && verdict.kind == Verdict::Kind::NotCorrect)
        summary +=
            u'\n' +
            tr("The run is still not correct, for another reason: %1").arg(verdict.headline());
    m_summary->setText(summary);
    // Empty lists would take the room the summary's words need on a small screen.
    m_list->setVisible(m_list->count() > 0);
    m_sessions->setVisible(m_sessions->count() > 0);
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
    // Green only beside a green verdict: a run that is wrong for another reason is not good news.
    const bool bad = !m_analysis.explainsDrift() || m_analysis.found() > 0;
    if (!bad && m_verdictKind != Verdict::Kind::Correct &&
        m_verdictKind != Verdict::Kind::Unjudged) {
        m_summary->setStyleSheet(
            u"QLabel { color: %1; padding: 4px; }"_s.arg(m_theme.neutral().name()));
        return;
    }
    const QColor background = bad ? m_theme.bad() : m_theme.good();
    m_summary->setStyleSheet(
        u"QLabel { color: white; background: %1; border-radius: 4px; padding: 4px 8px; }"_s.arg(
            background.name()));
}

} // namespace seatsim
