#include "verdictbanner.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
QString seconds(qint64 ms) {
    return QLocale().toString(ms / 1000.0, 'f', 1);
}

// "6 free + 48 occupied = 54 ≠ 40" and "session 1 overbooked by 1, …": the sum fits one large
// line, the overbooked sessions go below it.
std::pair<QString, QString> splitVerdict(const Audit& audit) {
    const QString verdict = audit.verdict();
    const qsizetype dash = verdict.indexOf(u" — "_s);
    if (dash < 0)
        return {verdict, {}};
    return {verdict.left(dash), verdict.mid(dash + 3)};
}
} // namespace

VerdictBanner::VerdictBanner(QWidget* parent)
    : QFrame(parent) {
    setObjectName(u"verdictBanner"_s);
    m_headline = new QLabel(this);
    m_headline->setObjectName(u"verdictLabel"_s);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail = new QLabel(this);
    m_detail->setObjectName(u"verdictDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(2);
    layout->addWidget(m_headline);
    layout->addWidget(m_detail);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    applyTheme(m_theme);
}

void VerdictBanner::setMessage(const QString& headline, const QString& detail) {
    m_headline->setText(headline);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setState(State::Neutral);
}

void VerdictBanner::setFailure(const QString& headline, const QString& detail) {
    m_headline->setText(headline);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
    setState(State::Failed);
}

void VerdictBanner::setSnapshot(const QString& strategyTitle, const Snapshot& snapshot) {
    const qint64 done = snapshot.counters.attempts;
    const QString progress =
        snapshot.plannedAttempts > 0
            ? tr("%1 — %2 of %3 reservations, %4 s")
                  .arg(strategyTitle, QLocale().toString(done),
                       QLocale().toString(snapshot.plannedAttempts), seconds(snapshot.elapsedMs))
            : tr("%1 — %2 reservations, %3 s")
                  .arg(strategyTitle, QLocale().toString(done), seconds(snapshot.elapsedMs));
    const std::optional<Audit>& audit = snapshot.monitor.audit;
    if (!audit) {
        m_headline->setText(tr("▶ Running: preparing the tables…"));
        m_detail->setText(progress);
        m_detail->show();
        setState(State::Running);
        return;
    }
    const auto [sum, sessions] = splitVerdict(*audit);
    m_headline->setText(audit->consistent() ? tr("▶ Live: %1").arg(sum)
                                            : tr("▶ Live: ✗ %1").arg(sum));
    m_detail->setText(sessions.isEmpty() ? progress : sessions + u'\n' + progress);
    m_detail->show();
    setState(audit->consistent() ? State::Running : State::RunningDrift);
}

void VerdictBanner::setResult(const QString& strategyTitle, const RunResult& result) {
    QStringList details;
    details.append(tr("%1 — %2 reservations in %3 s, %4 retries, %5 deadlocks, %6 "
                      "serialization failures")
                       .arg(strategyTitle, QLocale().toString(result.counters.attempts),
                            seconds(result.durationMs), QLocale().toString(result.counters.retries),
                            QLocale().toString(result.counters.deadlocks),
                            QLocale().toString(result.counters.serializationFailures)));
    if (result.stoppedByUser)
        details.append(tr("Stopped before the end."));
    if (!result.error.isEmpty())
        details.append(result.error);
    const int shownProblems = 3;
    for (int i = 0; i < qMin<int>(shownProblems, result.problems.size()); ++i)
        details.append(result.problems.at(i));
    if (result.problems.size() > shownProblems)
        details.append(
            tr("… and %n more problem(s)", nullptr, int(result.problems.size()) - shownProblems));
    if (result.audit) {
        const QString sessions = splitVerdict(*result.audit).second;
        if (!sessions.isEmpty())
            details.prepend(sessions);
    }
    m_detail->setText(details.join(u'\n'));
    m_detail->show();

    if (!result.audit) {
        m_headline->setText(tr("✗ The run did not finish"));
        setState(State::Failed);
    } else if (result.consistent()) {
        m_headline->setText(tr("✓ %1").arg(splitVerdict(*result.audit).first));
        setState(State::Consistent);
    } else {
        m_headline->setText(tr("✗ INCONSISTENT: %1").arg(splitVerdict(*result.audit).first));
        setState(State::Inconsistent);
    }
}

void VerdictBanner::applyTheme(const Theme& theme) {
    m_theme = theme;
    m_headline->setFont(theme.font(theme.projector ? 1.35 : 1.6, true));
    m_detail->setFont(theme.font(theme.projector ? 0.85 : 1.0));
    restyle();
}

QString VerdictBanner::headline() const {
    return m_headline->text();
}

QString VerdictBanner::detail() const {
    return m_detail->text();
}

void VerdictBanner::setState(State state) {
    if (m_state == state)
        return;
    m_state = state;
    restyle();
}

void VerdictBanner::restyle() {
    QColor background;
    switch (m_state) {
    case State::Neutral:
    case State::Running:
        background = m_theme.neutral();
        break;
    case State::RunningDrift:
    case State::Inconsistent:
    case State::Failed:
        background = m_theme.bad();
        break;
    case State::Consistent:
        background = m_theme.good();
        break;
    }
    setStyleSheet(u"seatsim--VerdictBanner { background: %1; border-radius: 6px; }"
                  "QLabel { color: white; background: transparent; }"_s.arg(background.name()));
    setProperty("verdict", QVariant::fromValue(m_state));
}

} // namespace seatsim
