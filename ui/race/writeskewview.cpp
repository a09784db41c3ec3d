#include "race/writeskewview.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seatsim {

WriteSkewView::WriteSkewView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"writeSkewView"_s);
    m_summary = new QLabel;
    m_summary->setObjectName(u"writeSkewSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_list = new QListWidget;
    m_list->setObjectName(u"writeSkewList"_s);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(4);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_analysis.pairs.size())
            Q_EMIT pairSelected(m_analysis.pairs.at(row).sequences);
    });
    clear();
}

void WriteSkewView::clear() {
    m_analysis = {};
    m_haveAnalysis = false;
    m_verdictKind = Verdict::Kind::Unjudged;
    m_list->clear();
    m_list->hide();
    m_summary->setText(tr("After a run, every two bookings of one student that each counted the "
                          "student's seats before the other committed show up here, when the "
                          "student ends over the limit: the write skew."));
    styleSummary();
}

void WriteSkewView::setRunning() {
    clear();
    m_summary->setText(tr("The run is going: the write-skew pairs are found when it ends."));
}

void WriteSkewView::setAnalysis(const WriteSkewAnalysis& analysis, const Verdict& verdict) {
    m_analysis = analysis;
    m_haveAnalysis = true;
    m_verdictKind = verdict.kind;
    m_list->clear();
    for (const WriteSkewPair& pair : analysis.pairs) {
        auto* item = new QListWidgetItem(pair.text, m_list);
        item->setToolTip(tr("Attempts %1 and %2 — click to see them in the timeline")
                             .arg(pair.sequences.value(0))
                             .arg(pair.sequences.value(1)));
    }
    QString summary = analysis.summary;
    if (analysis.studentsOverLimit.isEmpty() && verdict.kind == Verdict::Kind::Inconsistent)
        summary +=
            u'\n' + tr("The table is inconsistent for another reason: %1").arg(verdict.headline());
    else if (analysis.studentsOverLimit.isEmpty() && verdict.kind == Verdict::Kind::NotCorrect)
        summary +=
            u'\n' +
            tr("The run is still not correct, for another reason: %1").arg(verdict.headline());
    m_summary->setText(summary);
    m_list->setVisible(m_list->count() > 0);
    styleSummary();
}

void WriteSkewView::applyTheme(const Theme& theme) {
    m_theme = theme;
    m_summary->setFont(theme.font(1.05, true));
    m_list->setFont(theme.font(0.95));
    styleSummary();
}

void WriteSkewView::styleSummary() {
    const bool bad = !m_analysis.studentsOverLimit.isEmpty();
    // Green only beside a green verdict.
    if (!m_haveAnalysis || (!bad && m_verdictKind != Verdict::Kind::Correct)) {
        m_summary->setStyleSheet(
            u"QLabel { color: %1; padding: 4px; }"_s.arg(m_theme.neutral().name()));
        return;
    }
    m_summary->setStyleSheet(
        u"QLabel { color: white; background: %1; border-radius: 4px; padding: 4px 8px; }"_s.arg(
            (bad ? m_theme.bad() : m_theme.good()).name()));
}

} // namespace seatsim
