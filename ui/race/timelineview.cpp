#include "race/timelineview.h"

#include "analysis/waitgraph.h"
#include "live/eventlogmodel.h"

#include <QHBoxLayout>
#include <QLocale>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

constexpr qint64 minimumSpanNs = 20'000; // 20 µs across the whole plot at most zoom
constexpr int clickSlop = 4;

QString durationText(qint64 ns) {
    if (ns >= 1'000'000'000)
        return TimelineView::tr("%1 s").arg(QLocale().toString(ns / 1e9, 'f', 2));
    if (ns >= 1'000'000)
        return TimelineView::tr("%1 ms").arg(QLocale().toString(ns / 1e6, 'f', 1));
    return TimelineView::tr("%1 µs").arg(QLocale().toString(ns / 1e3, 'f', 0));
}

qint64 niceStep(qint64 span, int ticks) {
    const double raw = double(span) / qMax(1, ticks);
    const double power = std::pow(10.0, std::floor(std::log10(qMax(raw, 1.0))));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw)
            return qMax<qint64>(1, qint64(factor * power));
    }
    return qint64(10 * power);
}

QString tickText(qint64 ns, qint64 step) {
    if (step >= 1'000'000'000)
        return TimelineView::tr("%1 s").arg(QLocale().toString(ns / 1e9, 'f', 0));
    if (step >= 100'000'000)
        return TimelineView::tr("%1 s").arg(QLocale().toString(ns / 1e9, 'f', 1));
    if (step >= 10'000'000)
        return TimelineView::tr("%1 s").arg(QLocale().toString(ns / 1e9, 'f', 2));
    if (step >= 1'000'000)
        return TimelineView::tr("%1 ms").arg(QLocale().toString(ns / 1e6, 'f', 0));
    if (step >= 100'000)
        return TimelineView::tr("%1 ms").arg(QLocale().toString(ns / 1e6, 'f', 1));
    return TimelineView::tr("%1 µs").arg(QLocale().toString(ns / 1e3, 'f', 0));
}

} // namespace

QColor phaseColor(Phase phase) {
    switch (phase) {
    case Phase::Read:
        return okabeIto::blue;
    case Phase::Think:
        return QColor(0xBF, 0xDF, 0xF4); // a pale sky blue: the pause between read and write
    case Phase::Write:
        return okabeIto::orange;
    case Phase::Commit:
        return okabeIto::bluishGreen;
    case Phase::Other:
        return QColor(0xA8, 0xA8, 0xA8);
    case Phase::LockWait:
        return okabeIto::reddishPurple;
    case Phase::RolledBack:
        return okabeIto::vermillion;
    case Phase::Failed:
        return QColor(0x20, 0x20, 0x20);
    }
    return Qt::gray;
}

Qt::BrushStyle phasePattern(Phase phase) {
    switch (phase) {
    case Phase::LockWait:
        return Qt::BDiagPattern;
    case Phase::RolledBack:
        return Qt::DiagCrossPattern;
    default:
        return Qt::NoBrush;
    }
}

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"timelineView"_s);
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("Wheel: zoom · drag: move · double click: the whole run · click: details"));
}

void TimelineView::setTimeline(const Timeline* timeline) {
    m_timeline = timeline;
    m_selected = 0;
    m_highlighted.clear();
    m_victims.clear();
    m_following = true;
    timelineUpdated();
}

void TimelineView::applyTheme(const Theme& theme) {
    m_theme = theme;
    setFont(theme.font(0.9));
    updateGeometry();
    update();
}

void TimelineView::timelineUpdated() {
    const int lanes = m_timeline ? m_timeline->workerCount() : 0;
    if (lanes != m_lanes) {
        m_lanes = lanes;
        updateGeometry();
    }
    if (m_following && m_timeline) {
        m_fromNs = 0;
        m_toNs = qMax<qint64>(m_timeline->endNs() + m_timeline->endNs() / 50, 100'000'000);
    }
    update();
}

void TimelineView::showAll() {
    m_following = true;
    timelineUpdated();
}

void TimelineView::setRange(qint64 fromNs, qint64 toNs) {
    if (toNs - fromNs < minimumSpanNs) {
        const qint64 middle = (fromNs + toNs) / 2;
        fromNs = middle - minimumSpanNs / 2;
        toNs = fromNs + minimumSpanNs;
    }
    m_fromNs = fromNs;
    m_toNs = toNs;
    m_following = false;
    update();
}

void TimelineView::select(qint64 sequence) {
    if (m_selected == sequence)
        return;
    m_selected = sequence;
    update();
    Q_EMIT attemptSelected(sequence);
}

void TimelineView::setHighlighted(const QList<qint64>& sequences) {
    m_highlighted = sequences;
    if (m_timeline && !sequences.isEmpty()) {
        qint64 from = std::numeric_limits<qint64>::max();
        qint64 to = 0;
        for (qint64 sequence : sequences) {
            if (const auto attempt = m_timeline->attempt(sequence)) {
                from = qMin(from, attempt->record.startNs);
                to = qMax(to, attempt->record.endNs);
            }
        }
        if (to > from) {
            const qint64 margin = qMax<qint64>((to - from) / 2, 1'000'000);
            if (from < m_fromNs || to > m_toNs || (to - from) * 20 < m_toNs - m_fromNs)
                setRange(qMax<qint64>(0, from - margin), to + margin);
        }
    }
    update();
}

int TimelineView::plotWidth() const {
    return qMax(1, plotRect().width());
}

QSize TimelineView::minimumSizeHint() const {
    const QFontMetrics metrics(font());
    const int lanes = m_timeline ? qMax(1, m_timeline->workerCount()) : 1;
    return {metrics.horizontalAdvance(tr("Worker %1").arg(88)) + 200,
            lanes * minimumLaneHeight() + metrics.height() + 10};
}

int TimelineView::minimumLaneHeight() const {
    // Room for the lane's label, and a bar nearly a line high.
    return QFontMetrics(font()).height() + 2;
}

QRect TimelineView::plotRect() const {
    const QFontMetrics metrics(font());
    const int left = metrics.horizontalAdvance(tr("Worker %1").arg(88)) + 14;
    const int axis = metrics.height() + 6;
    return QRect(left, 2, qMax(1, width() - left - 8), qMax(1, height() - axis - 2));
}

QRect TimelineView::laneRect(int worker) const {
    const QRect plot = plotRect();
    const int lanes = m_timeline ? qMax(1, m_timeline->workerCount()) : 1;
    const int maxLane = qMax(minimumLaneHeight(), int(44 * m_theme.scale()));
    const double height =
        qBound<double>(minimumLaneHeight(), double(plot.height()) / lanes, maxLane);
    const int top = plot.top() + int(std::round((worker - 1) * height));
    const int bottom = plot.top() + int(std::round(worker * height));
    return QRect(plot.left(), top, plot.width(), qMax(1, bottom - top));
}

int TimelineView::laneAt(int y) const {
    if (!m_timeline)
        return 0;
    for (int worker = 1; worker <= m_timeline->workerCount(); ++worker) {
        const QRect lane = laneRect(worker);
        if (y >= lane.top() && y <= lane.bottom())
            return worker;
    }
    return 0;
}

double TimelineView::xOf(qint64 ns) const {
    const QRect plot = plotRect();
    return plot.left() +
           double(ns - m_fromNs) * plot.width() / double(qMax<qint64>(1, m_toNs - m_fromNs));
}

qint64 TimelineView::nsAt(double x) const {
    const QRect plot = plotRect();
    return m_fromNs + qint64((x - plot.left()) * double(m_toNs - m_fromNs) / plot.width());
}

QPoint TimelineView::pointOf(qint64 sequence) const {
    if (!m_timeline)
        return {};
    const auto attempt = m_timeline->attempt(sequence);
    if (!attempt)
        return {};
    const qint64 middle = (attempt->record.startNs + attempt->record.endNs) / 2;
    const double x = xOf(middle);
    const QRect plot = plotRect();
    if (x < plot.left() || x > plot.right())
        return {};
    return QPoint(int(x), laneRect(attempt->worker).center().y());
}

std::optional<AttemptRef> TimelineView::attemptUnder(QPoint pos) const {
    if (!m_timeline || !plotRect().contains(pos))
        return std::nullopt;
    const int worker = laneAt(pos.y());
    if (worker == 0)
        return std::nullopt;
    const qint64 tolerance = nsAt(pos.x() + clickSlop) - nsAt(pos.x());
    return m_timeline->attemptAt(worker, nsAt(pos.x()), tolerance);
}

void TimelineView::zoom(double factor, double anchorX) {
    const qint64 anchor = nsAt(anchorX);
    const qint64 from = anchor - qint64(double(anchor - m_fromNs) * factor);
    const qint64 to = anchor + qint64(double(m_toNs - anchor) * factor);
    setRange(qMax<qint64>(from, -1'000'000), to);
}

bool TimelineView::event(QEvent* event) {
    if (event->type() == QEvent::NativeGesture) {
        auto* gesture = static_cast<QNativeGestureEvent*>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoom(1.0 / (1.0 + gesture->value()), gesture->position().x());
            return true;
        }
    }
    return QWidget::event(event);
}

void TimelineView::wheelEvent(QWheelEvent* event) {
    const QPoint delta = event->angleDelta();
    if (delta.y() != 0) {
        zoom(std::pow(0.8, delta.y() / 120.0), event->position().x());
    } else if (delta.x() != 0) {
        const qint64 shift = (m_toNs - m_fromNs) * -delta.x() / 1200;
        setRange(m_fromNs + shift, m_toNs + shift);
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position().toPoint();
    m_pressFromNs = m_fromNs;
    m_dragging = false;
}

void TimelineView::mouseMoveEvent(QMouseEvent* event) {
    const QPoint pos = event->position().toPoint();
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (pos - m_pressPos).manhattanLength() > clickSlop)
            m_dragging = true;
        if (m_dragging) {
            const qint64 span = m_toNs - m_fromNs;
            const qint64 shift =
                qint64(double(m_pressPos.x() - pos.x()) * span / plotRect().width());
            setRange(m_pressFromNs + shift, m_pressFromNs + shift + span);
            setCursor(Qt::ClosedHandCursor);
        }
        return;
    }
    if (const auto attempt = attemptUnder(pos)) {
        const AttemptRecord& record = attempt->record;
        QString text = tr("Worker %1 · attempt %2 · %3 · %4")
                           .arg(attempt->worker)
                           .arg(attempt->sequence)
                           .arg(outcomeWord(record.outcome),
                                durationText(record.endNs - record.startNs));
        if (record.session2 > 0 && record.seatsRead2 != -1)
            text += u'\n' + tr("read %1 and %2 seats, sessions %3 + %4")
                                .arg(record.seatsRead)
                                .arg(record.seatsRead2)
                                .arg(record.session)
                                .arg(record.session2);
        else if (attempt->seatsRead >= 0)
            text += u'\n' + (attempt->seatsRead == 1
                                 ? tr("read 1 seat in session %1").arg(record.session)
                                 : tr("read %1 seats in session %2")
                                       .arg(attempt->seatsRead)
                                       .arg(record.session));
        if (attempt->seatsWritten >= 0)
            text += u'\n' + tr("wrote %1").arg(attempt->seatsWritten);
        if (!attempt->blockedBy.isEmpty()) {
            QStringList blockers;
            for (int blocker : attempt->blockedBy)
                blockers << (blocker > 0 ? tr("worker %1").arg(blocker) : tr("another session"));
            text += u'\n' + tr("waited for %1").arg(blockers.join(u", "_s));
        }
        if (!record.failedTries.empty())
            text += u'\n' + tr("failed tries: SQLSTATE %1").arg(record.failedTriesText());
        if (!record.errorMessage.isEmpty())
            text += u'\n' + record.errorMessage;
        QToolTip::showText(event->globalPosition().toPoint(), text, this);
    } else {
        QToolTip::hideText();
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mouseReleaseEvent(event);
    unsetCursor();
    if (m_dragging) {
        m_dragging = false;
        return;
    }
    const auto attempt = attemptUnder(event->position().toPoint());
    select(attempt ? attempt->sequence : 0);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent*) {
    showAll();
}

void TimelineView::keyPressEvent(QKeyEvent* event) {
    const QRect plot = plotRect();
    const qint64 step = (m_toNs - m_fromNs) / 8;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(0.8, plot.center().x());
        break;
    case Qt::Key_Minus:
        zoom(1.25, plot.center().x());
        break;
    case Qt::Key_Left:
        setRange(m_fromNs - step, m_toNs - step);
        break;
    case Qt::Key_Right:
        setRange(m_fromNs + step, m_toNs + step);
        break;
    case Qt::Key_Home:
        showAll();
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void TimelineView::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    const QRect plot = plotRect();
    const QFontMetrics metrics(font());
    m_segmentsDrawn.clear();
    if (!m_timeline || m_timeline->workerCount() == 0) {
        painter.setPen(m_theme.neutral());
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The timeline fills while a run goes: one lane per worker."));
        return;
    }
    paintAxis(painter, plot);

    const int workers = m_timeline->workerCount();
    const int width = plot.width();
    const QSet<qint64> highlighted(m_highlighted.cbegin(), m_highlighted.cend());

    painter.setClipRect(plot.adjusted(0, 0, 1, 1));
    for (qint64 sequence : m_highlighted) {
        if (const auto attempt = m_timeline->attempt(sequence)) {
            const QRect lane = laneRect(attempt->worker);
            const double x1 = xOf(attempt->record.startNs) - 3;
            const double x2 = xOf(attempt->record.endNs) + 3;
            painter.fillRect(QRectF(x1, lane.top(), qMax(6.0, x2 - x1), lane.height()),
                             okabeIto::yellow);
        }
    }

    for (int worker = 1; worker <= workers; ++worker) {
        const QRect lane = laneRect(worker);
        const int pad = qMax(1, lane.height() / 7);
        const QRectF bar(lane.left(), lane.top() + pad, lane.width(), lane.height() - 2 * pad);
        const QList<TimelineSegment> segments =
            m_timeline->segments(worker, m_fromNs, m_toNs, width);
        m_segmentsDrawn.append(int(segments.size()));
        for (const TimelineSegment& segment : segments) {
            const double x1 = qMax<double>(plot.left() - 1, xOf(segment.startNs));
            const double x2 = qMin<double>(plot.right() + 1, xOf(segment.endNs));
            const QRectF box(x1, bar.top(), qMax(1.0, x2 - x1), bar.height());
            const QColor color = phaseColor(segment.phase);
            painter.fillRect(box, color);
            if (const Qt::BrushStyle pattern = phasePattern(segment.phase);
                pattern != Qt::NoBrush && box.width() >= 4)
                painter.fillRect(box, QBrush(QColor(255, 255, 255, 150), pattern));
            // Rare trouble stays visible when a pixel merges it into a longer phase.
            for (Phase trouble : {Phase::LockWait, Phase::RolledBack, Phase::Failed}) {
                if (segment.phase != trouble && segment.contains(trouble)) {
                    const double strip = qMax(2.0, bar.height() / 4);
                    painter.fillRect(QRectF(x1, bar.bottom() - strip, qMax(1.0, x2 - x1), strip),
                                     phaseColor(trouble));
                }
            }
        }
        if (worker < workers) {
            painter.setPen(QPen(m_theme.grid(), 1));
            painter.drawLine(lane.left(), lane.bottom(), lane.right(), lane.bottom());
        }
    }

    const auto frame = [&](qint64 sequence, const QPen& pen) {
        const auto attempt = m_timeline->attempt(sequence);
        if (!attempt)
            return;
        const QRect lane = laneRect(attempt->worker);
        const double x1 = xOf(attempt->record.startNs) - 2;
        const double x2 = xOf(attempt->record.endNs) + 2;
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(x1, lane.top() + 1, qMax(4.0, x2 - x1), lane.height() - 2));
    };
    for (qint64 sequence : m_highlighted)
        frame(sequence, QPen(m_theme.text(), m_theme.lineWidth(2)));
    if (m_selected != 0 && !highlighted.contains(m_selected))
        frame(m_selected, QPen(m_theme.text(), m_theme.lineWidth(2), Qt::DashLine));

    if (!m_victims.isEmpty()) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        const QFontMetrics boldMetrics(bold);
        for (qint64 sequence : m_victims) {
            const auto attempt = m_timeline->attempt(sequence);
            if (!attempt)
                continue;
            const double x = xOf(attempt->record.endNs);
            if (x < plot.left() - 20 || x > plot.right() + 20)
                continue;
            const QRect lane = laneRect(attempt->worker);
            const QString mark = u"✕"_s;
            const int w = boldMetrics.horizontalAdvance(mark) + 6;
            const QRectF box(x - w / 2.0, lane.center().y() - boldMetrics.height() / 2.0, w,
                             boldMetrics.height());
            painter.setPen(QPen(m_theme.text(), 1));
            painter.setBrush(Qt::white);
            painter.drawRoundedRect(box, 3, 3);
            painter.setPen(okabeIto::vermillion.darker(130));
            painter.drawText(box, Qt::AlignCenter, mark);
        }
        painter.setFont(font());
    }
    painter.setClipping(false);

    painter.setPen(m_theme.text());
    for (int worker = 1; worker <= workers; ++worker) {
        const QRect lane = laneRect(worker);
        const QRect label(0, lane.center().y() - metrics.height() / 2, plot.left() - 8,
                          metrics.height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, tr("Worker %1").arg(worker));
    }
}

void TimelineView::paintAxis(QPainter& painter, const QRect& plot) {
    const QFontMetrics metrics(font());
    const qint64 span = qMax<qint64>(1, m_toNs - m_fromNs);
    const int ticks = qMax(2, plot.width() / (metrics.horizontalAdvance(u"0.00 s"_s) * 2 + 20));
    const qint64 step = niceStep(span, ticks);
    const int lanesBottom = laneRect(m_timeline->workerCount()).bottom();
    painter.setPen(QPen(m_theme.grid(), 1));
    painter.drawLine(plot.left(), lanesBottom + 1, plot.right(), lanesBottom + 1);
    for (qint64 tick = (m_fromNs / step) * step; tick <= m_toNs; tick += step) {
        if (tick < m_fromNs)
            continue;
        const int x = int(xOf(tick));
        painter.setPen(QPen(m_theme.grid(), 1, Qt::DotLine));
        painter.drawLine(x, plot.top(), x, lanesBottom + 4);
        painter.setPen(m_theme.text());
        const QString text = tickText(tick, step);
        const int w = metrics.horizontalAdvance(text);
        const int left = qMax(0, qMin(x - w / 2, width() - w - 2));
        painter.drawText(QRect(left, lanesBottom + 5, w + 2, metrics.height()), Qt::AlignCenter,
                         text);
    }
}

TimelinePanel::TimelinePanel(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"timelinePanel"_s);
    m_view = new TimelineView;
    m_fit = new QPushButton(tr("Whole run"));
    m_fit->setObjectName(u"timelineFit"_s);
    m_fit->setToolTip(tr("Show the whole run again (Home, or a double click)"));
    connect(m_fit, &QPushButton::clicked, m_view, &TimelineView::showAll);
    m_details = new QTextBrowser;
    m_details->setObjectName(u"timelineDetails"_s);
    m_details->setOpenLinks(false);
    // A word too long for the column moves to the next line whole ("fehlgeschlagen", never
    // "fehlgeschlage|n"); the column is made wide enough for the longest in applyTheme().
    m_details->setWordWrapMode(QTextOption::WordWrap);

    // Every lane keeps a readable height: many workers scroll rather than shrink. The legend
    // is the details' text until an attempt is picked, so that a short tab shows five lanes.
    m_scroll = new QScrollArea;
    m_scroll->setObjectName(u"timelineScroll"_s);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_view);

    auto* side = new QWidget;
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(2);
    sideLayout->addWidget(m_fit, 0, Qt::AlignRight);
    sideLayout->addWidget(m_details, 1);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_scroll);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    side->setMinimumWidth(160);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(splitter);

    connect(m_view, &TimelineView::attemptSelected, this, &TimelinePanel::showAttempt);
    showAttempt(0);
}

void TimelinePanel::setTimeline(const Timeline* timeline) {
    m_timeline = timeline;
    m_view->setTimeline(timeline);
    showAttempt(0);
}

void TimelinePanel::clear() {
    m_view->setTimeline(m_timeline);
    showAttempt(0);
}

void TimelinePanel::timelineUpdated() {
    m_view->timelineUpdated();
}

void TimelinePanel::applyTheme(const Theme& theme) {
    m_theme = theme;
    m_view->applyTheme(theme);
    m_fit->setFont(theme.font(0.85));
    m_details->setFont(theme.font(0.85));
    const QFontMetrics metrics(m_details->font());
    int widest = 0;
    for (const QString& item : legendItems())
        widest = qMax(widest, metrics.horizontalAdvance(u"■ "_s + item));
    const int frame = 2 * m_details->frameWidth() +
                      2 * int(m_details->document()->documentMargin()) +
                      m_details->style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4;
    m_details->parentWidget()->setMinimumWidth(qMax(160, widest + frame));
    showAttempt(m_view->selected());
}

QStringList TimelinePanel::legendItems() {
    QStringList items;
    for (Phase phase : {Phase::Read, Phase::Think, Phase::Write, Phase::Commit, Phase::LockWait,
                        Phase::RolledBack, Phase::Failed, Phase::Other})
        items << ScriptPhases::name(phase);
    items << tr("deadlock victim");
    return items;
}

QString TimelinePanel::legend() {
    QStringList items;
    for (Phase phase : {Phase::Read, Phase::Think, Phase::Write, Phase::Commit, Phase::LockWait,
                        Phase::RolledBack, Phase::Failed, Phase::Other}) {
        items << u"<span style=\"color:%1\">■</span>&nbsp;%2"_s.arg(
            phaseColor(phase).name(), ScriptPhases::name(phase).toHtmlEscaped());
    }
    items << u"<span style=\"color:%1\">✕</span>&nbsp;%2"_s.arg(
        okabeIto::vermillion.darker(130).name(), tr("deadlock victim").toHtmlEscaped());
    return items.join(u"  "_s);
}

void TimelinePanel::showAttempt(qint64 sequence) {
    const auto attempt = m_timeline && sequence ? m_timeline->attempt(sequence) : std::nullopt;
    if (!attempt) {
        m_details->setHtml(u"<p>%1</p><p>%2</p>"_s.arg(
            legend(), tr("Click an attempt to see its statements, the values it read and wrote, "
                         "its lock waits and its SQLSTATE.")
                          .toHtmlEscaped()));
        return;
    }
    m_details->setHtml(describe(*attempt, m_workerOfBackend));
}

void TimelinePanel::setWorkerOfBackend(const QMap<int, int>& workerOfBackend) {
    if (m_workerOfBackend == workerOfBackend)
        return;
    m_workerOfBackend = workerOfBackend;
    showAttempt(m_view->selected());
}

QString TimelinePanel::describe(const AttemptRef& attempt, const QMap<int, int>& workerOfBackend) {
    const AttemptRecord& record = attempt.record;
    const QString session = record.session2 > 0
                                ? tr("sessions %1 + %2").arg(record.session).arg(record.session2)
                                : tr("session %1").arg(record.session);
    const QStringList summary{
        tr("user %1").arg(record.user), session, tr("tries %1").arg(record.tries),
        outcomeWord(record.outcome), durationText(record.endNs - record.startNs)};
    QString html = u"<p><b>%1</b><br>%2</p>"_s.arg(
        tr("Worker %1 · attempt %2").arg(attempt.worker).arg(attempt.sequence).toHtmlEscaped(),
        summary.join(u" · "_s).toHtmlEscaped());
    QStringList facts;
    if (record.session2 > 0 && record.seatsRead2 != -1)
        facts << tr("read %1 and %2 free seats").arg(record.seatsRead).arg(record.seatsRead2);
    else if (attempt.seatsRead >= 0)
        facts << (attempt.seatsRead == 1 ? tr("read 1 free seat")
                                         : tr("read %1 free seats").arg(attempt.seatsRead));
    if (attempt.seatsWritten >= 0)
        facts << tr("wrote %1").arg(attempt.seatsWritten);
    if (!attempt.blockedBy.isEmpty()) {
        QStringList blockers;
        for (int blocker : attempt.blockedBy)
            blockers << (blocker > 0 ? tr("worker %1").arg(blocker) : tr("another session"));
        facts << tr("waited for a lock held by %1").arg(blockers.join(u", "_s));
    }
    if (!record.failedTries.empty())
        facts << tr("failed tries: SQLSTATE %1").arg(record.failedTriesText());
    if (!record.errorMessage.isEmpty())
        facts << tr("Error: %1").arg(record.errorMessage);
    if (!facts.isEmpty()) {
        for (QString& fact : facts)
            fact = fact.toHtmlEscaped().replace(u'\n', u"<br>"_s);
        html += u"<p>%1</p>"_s.arg(facts.join(u"<br>"_s));
    }
    if (!record.errorDetail.isEmpty()) {
        const QString detail = WaitGraph::nameBackends(
            record.errorDetail, [&](int pid) { return workerOfBackend.value(pid); });
        html += u"<p><i>%1</i><br>%2</p>"_s.arg(tr("The server's DETAIL:").toHtmlEscaped(),
                                                detail.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    }
    for (const TimelineStatement& statement : attempt.statements) {
        const QString state =
            statement.sqlState.isEmpty() ? QString() : u" · <b>%1</b>"_s.arg(statement.sqlState);
        const QString sql = statement.sql.simplified();
        html +=
            u"<p style=\"margin-top:4px\"><span style=\"color:%1\">■</span> %2 · %3%4%5</p>"_s.arg(
                phaseColor(statement.phase).name(),
                ScriptPhases::name(statement.phase).toHtmlEscaped(),
                durationText(statement.endNs - statement.startNs).toHtmlEscaped(), state,
                sql.isEmpty() ? QString() : u"<br><code>%1</code>"_s.arg(sql.toHtmlEscaped()));
    }
    return html;
}

} // namespace seatsim
