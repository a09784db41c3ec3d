#include "window/verdictbanner.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
QString seconds(qint64 ms) {
    return QLocale().toString(ms / 1000.0, 'f', 1);
}

// "consistent: 17 free + 23 occupied = 40", or for a drift the sum alone: the sessions go
// below it, in the judge's words.
QString auditSum(const Audit& audit) {
    return audit.verdict().section(u" — "_s, 0, 0);
}

// The judge's headline of an inconsistent run without its session list, which the detail
// line gives in full: "inconsistent: 6 free + 48 occupied = 54 ≠ 40".
QString inconsistentSum(const Verdict& verdict) {
    return verdict.headline().section(u" — "_s, 0, 0);
}

// "✗ inconsistent: …": the verdict's symbol before its words.
QString withSymbol(Verdict::Kind kind, const QString& words) {
    return Verdict::symbol(kind) + u' ' + words;
}

// On a projector the room reads the sum and the chart; a few sessions in words are enough.
constexpr int projectorSessionLines = 3;
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
    showHeadline(headline);
    showDetail({}, detail);
    setState(State::Neutral);
}

void VerdictBanner::setFailure(const QString& headline, const QString& detail) {
    showHeadline(headline);
    showDetail({}, detail);
    setState(State::Failed);
}

void VerdictBanner::setSnapshot(const QString& strategyTitle, const Snapshot& snapshot) {
    const qint64 done = snapshot.counters.attempts;
    QString progress =
        snapshot.plannedAttempts > 0
            ? tr("%1 — %2 of %3 reservations, %4 s")
                  .arg(strategyTitle, QLocale().toString(done),
                       QLocale().toString(snapshot.plannedAttempts), seconds(snapshot.elapsedMs))
            : tr("%1 — %2 reservations, %3 s")
                  .arg(strategyTitle, QLocale().toString(done), seconds(snapshot.elapsedMs));
    if (snapshot.hardLimitMs > 0 && snapshot.elapsedMs > 0)
        progress += tr(", %1 s left before the time limit")
                        .arg(qMax<qint64>(0, (snapshot.hardLimitMs - snapshot.elapsedMs) / 1000));
    // Whom to stop: a session outside the run that holds up a worker for more than a moment.
    for (const OutsideSession& session : snapshot.monitor.outsideBlockers) {
        if (session.waitedMs >= outsideWaitNoticeMs)
            progress += u'\n' + session.warning();
    }
    if (!snapshot.monitor.audit) {
        showHeadline(tr("▶ Running: preparing the tables…"));
        showDetail({}, progress);
        setState(State::Running);
        return;
    }
    // The one judge, on what is known while workers still write: the audit and the counters.
    // The answers are checked against the table once the run has ended.
    JudgeInput input;
    input.audit = snapshot.monitor.audit;
    input.counters = snapshot.counters;
    const Verdict live = judge(input);
    QStringList sessions;
    switch (live.kind) {
    case Verdict::Kind::Inconsistent:
        showHeadline(
            tr("▶ Live: %1").arg(withSymbol(live.kind, live.inconsistentHeadline())));
        sessions = live.sessionLines();
        if (live.inconsistentHeadline() != inconsistentSum(live))
            sessions.prepend(inconsistentSum(live));
        setState(State::RunningDrift);
        break;
    case Verdict::Kind::NotCorrect:
        showHeadline(tr("▶ Live: %1").arg(withSymbol(live.kind, live.headline())));
        setState(State::RunningNotCorrect);
        break;
    case Verdict::Kind::Correct:
    case Verdict::Kind::Unjudged:
        showHeadline(tr("▶ Live: %1").arg(auditSum(*snapshot.monitor.audit)));
        setState(State::Running);
        break;
    }
    showDetail(sessions, progress);
}

void VerdictBanner::setResult(const QString& strategyTitle, const RunResult& result) {
    const Verdict& verdict = result.verdict;
    QStringList details;
    details.append(tr("%1 — %2 reservations in %3 s, %4 retries, %5 deadlocks, %6 "
                      "serialization failures")
                       .arg(strategyTitle, QLocale().toString(result.counters.attempts),
                            seconds(result.durationMs), QLocale().toString(result.counters.retries),
                            QLocale().toString(result.counters.deadlocks),
                            QLocale().toString(result.counters.serializationFailures)));
    // In a correct run every failed try was retried to success: under SERIALIZABLE that is the
    // isolation level doing its job, not a failure to alarm the room with.
    if (verdict.kind == Verdict::Kind::Correct && result.counters.serializationFailures > 0)
        details.append(
            result.counters.serializationFailures == 1
                ? tr("1 serialization failure (40001) retried to success: SERIALIZABLE working "
                     "as intended")
                : tr("%1 serialization failures (40001) retried to success: SERIALIZABLE "
                     "working as intended")
                      .arg(QLocale().toString(result.counters.serializationFailures)));
    else if (verdict.firstFailure.isSet() && verdict.kind != Verdict::Kind::Correct)
        details.append(tr("First failure: %1").arg(verdict.firstFailure.text()));
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
    QStringList sessions;
    if (verdict.kind == Verdict::Kind::Inconsistent) {
        // The headline names the telling fact; the sum it rests on leads the detail.
        sessions = verdict.sessionLines();
        if (verdict.inconsistentHeadline() != inconsistentSum(verdict))
            sessions.prepend(inconsistentSum(verdict));
    }
    showDetail(sessions, details.join(u'\n'));

    switch (verdict.kind) {
    case Verdict::Kind::Unjudged:
        showHeadline(verdict.unjudgedReason().isEmpty()
                                ? tr("✗ The run did not finish")
                                : tr("✗ %1").arg(verdict.unjudgedReason()));
        setState(State::Failed);
        break;
    case Verdict::Kind::Correct:
        showHeadline(withSymbol(verdict.kind, verdict.headline()));
        setState(State::Correct);
        break;
    case Verdict::Kind::Inconsistent:
        showHeadline(withSymbol(verdict.kind, verdict.inconsistentHeadline()));
        setState(State::Inconsistent);
        break;
    case Verdict::Kind::NotCorrect:
        showHeadline(withSymbol(verdict.kind, verdict.headline()));
        setState(State::NotCorrect);
        break;
    }
}

void VerdictBanner::applyTheme(const Theme& theme) {
    m_theme = theme;
    // The headline is what the room reads first: the largest type.
    m_headline->setFont(theme.headlineFont());
    m_detail->setFont(theme.font(theme.projector ? 0.85 : 1.0));
    renderDetail();
    restyle();
}

QString VerdictBanner::headline() const {
    return unglued(m_headline->text());
}

void VerdictBanner::showHeadline(const QString& text) {
    m_headline->setText(gluedFigures(text));
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

void VerdictBanner::showDetail(const QStringList& sessions, const QString& rest) {
    m_sessions = sessions;
    m_rest = rest;
    renderDetail();
}

// Every inconsistent session with its own sum above the rest; on a projector the first few,
// and where the room sees the others: the chart of the sessions beside the banner.
void VerdictBanner::renderDetail() {
    QStringList shown = m_sessions;
    if (m_theme.projector && shown.size() > projectorSessionLines) {
        const int more = int(shown.size()) - projectorSessionLines;
        shown = shown.mid(0, projectorSessionLines);
        shown << tr("%n more in the chart “Seats per session”", nullptr, more);
    }
    QStringList lines;
    if (!shown.isEmpty())
        lines << shown.join(u"; "_s);
    if (!m_rest.isEmpty())
        lines << m_rest;
    m_detail->setText(lines.join(u'\n'));
    m_detail->setToolTip(QString());
    m_detail->setVisible(!lines.isEmpty());
}

QStringList VerdictBanner::sessionLines() const {
    return m_sessions;
}

QColor VerdictBanner::background() const {
    switch (m_state) {
    case State::Neutral:
    case State::Running:
        break;
    case State::RunningDrift:
    case State::Inconsistent:
    case State::Failed:
        return m_theme.verdictColor(Verdict::Kind::Inconsistent);
    case State::RunningNotCorrect:
    case State::NotCorrect:
        return m_theme.verdictColor(Verdict::Kind::NotCorrect);
    case State::Correct:
        return m_theme.verdictColor(Verdict::Kind::Correct);
    }
    return m_theme.neutral();
}

void VerdictBanner::restyle() {
    setStyleSheet(u"seatsim--VerdictBanner { background: %1; border-radius: 6px; }"
                  "QLabel { color: white; background: transparent; }"_s.arg(background().name()));
    setProperty("verdict", QVariant::fromValue(m_state));
}

} // namespace seatsim
