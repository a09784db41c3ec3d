#include "race/lockgraphview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <set>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

constexpr int maxNodesInRow = 12;

QString workerName(int worker) {
    return worker > 0 ? LockGraphView::tr("worker %1").arg(worker)
                      : LockGraphView::tr("another session");
}

} // namespace

WaitGraphCanvas::WaitGraphCanvas(QWidget* parent)
    : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void WaitGraphCanvas::setGraph(int workers, const QList<Edge>& edges) {
    m_workers = workers;
    m_edges = edges;
    update();
}

void WaitGraphCanvas::setOutsideLabel(const QString& label) {
    m_outsideLabel = label;
    update();
}

void WaitGraphCanvas::applyTheme(const Theme& theme) {
    m_theme = theme;
    setFont(theme.font(1.0, true));
    updateGeometry();
    update();
}

QSize WaitGraphCanvas::minimumSizeHint() const {
    const int line = QFontMetrics(font()).height();
    return {line * 8, line * 4};
}

QList<int> WaitGraphCanvas::nodes() const {
    std::set<int> involved;
    for (const Edge& edge : m_edges) {
        involved.insert(edge.waiter);
        involved.insert(edge.blocker);
    }
    QList<int> nodes;
    if (m_workers <= maxNodesInRow) {
        for (int worker = 1; worker <= m_workers; ++worker)
            nodes << worker;
    }
    for (int node : involved) {
        if (node > 0 && !nodes.contains(node))
            nodes << node;
    }
    std::sort(nodes.begin(), nodes.end());
    if (involved.count(0))
        nodes << 0; // another session, at the right end
    return nodes;
}

WaitGraphCanvas::Layout WaitGraphCanvas::layout() const {
    Layout layout;
    layout.nodes = nodes();
    const int count = int(layout.nodes.size());
    if (count == 0)
        return layout;
    const double line = QFontMetrics(font()).height();
    const double margin = 1 + m_theme.lineWidth(2);
    const double gap = m_theme.lineWidth(2) + 2; // between an arc and a node it passes over
    const double halfHeight = height() / 2.0 - margin;
    // An arc over k spacings is a half ellipse; over the node next to its ends it stands at
    // sqrt(1 - (1 - 2/k)^2) of its peak, which must clear that node. Longer arcs rise a little
    // higher so that arcs from one node part.
    const auto rise = [&](int spacings) {
        const double u = spacings >= 2 ? 1.0 - 2.0 / spacings : 0.0;
        return std::max(1.0, 1.0 / std::sqrt(1.0 - u * u)) + 0.08 * (spacings - 1);
    };
    const int longest = qMax(1, count - 1);
    const double clearance = halfHeight / rise(longest); // node radius + gap
    const double widthForNodes = (width() - 2 * margin) / (count * 2.6);
    layout.nodeRadius = qMax(7.0, std::min({line * 1.4, clearance - gap, widthForNodes}));
    const double r = layout.nodeRadius;
    const double spacing =
        count > 1 ? std::min((width() - 2 * margin - 2 * r) / (count - 1), r * 9) : 0.0;
    const double y = height() / 2.0;
    const double left = width() / 2.0 - spacing * (count - 1) / 2.0;
    for (int i = 0; i < count; ++i)
        layout.position.insert(layout.nodes[i], QPointF(left + spacing * i, y));

    const double c = r + gap;
    for (const Edge& edge : m_edges) {
        QPolygonF points;
        const QPointF from = layout.position.value(edge.waiter);
        const QPointF to = layout.position.value(edge.blocker);
        const int spacings = int(std::lround(std::abs(to.x() - from.x()) / qMax(1.0, spacing)));
        if (edge.waiter != edge.blocker && spacings > 0) {
            // Rightwards above the row, leftwards below: a pair that waits both ways is two arcs.
            const double peak =
                std::min(halfHeight, c * rise(spacings)) * (to.x() > from.x() ? -1 : 1);
            const QPointF middle = (from + to) / 2;
            const double half = (to.x() - from.x()) / 2;
            constexpr int steps = 64;
            for (int i = 0; i <= steps; ++i) {
                const double t = M_PI * i / steps;
                const QPointF p(middle.x() - half * std::cos(t), y + peak * std::sin(t));
                if (QLineF(p, from).length() > r && QLineF(p, to).length() > r + 2)
                    points << p;
            }
        }
        layout.lines << points;
    }
    return layout;
}

void WaitGraphCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);
    const Layout layout = this->layout();
    if (layout.nodes.isEmpty())
        return;
    const QFontMetrics metrics(font());
    const double nodeRadius = layout.nodeRadius;

    // Faded first, so that live waits and the cycle are drawn on top.
    QList<qsizetype> order;
    for (qsizetype i = 0; i < m_edges.size(); ++i)
        order << i;
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return std::tuple(m_edges[a].inCycle, m_edges[a].live) <
               std::tuple(m_edges[b].inCycle, m_edges[b].live);
    });
    for (qsizetype index : order) {
        const Edge& edge = m_edges[index];
        const QPolygonF& points = layout.lines[index];
        if (points.size() < 2)
            continue;
        QColor color = edge.inCycle ? okabeIto::vermillion
                       : edge.live  ? m_theme.text()
                                    : QColor(0x9A, 0x9A, 0x9A);
        const qreal width = m_theme.lineWidth(edge.inCycle ? 4.0 : edge.live ? 2.5 : 1.5);
        const double head = qMax(10.0, width * 3.5);
        const QPointF end = points.last();
        QPointF back = points.first();
        for (qsizetype i = points.size() - 1; i >= 0; --i) {
            if (QLineF(points[i], end).length() >= head) {
                back = points[i];
                break;
            }
        }
        const QLineF tail(back, end);
        const QPointF unit = tail.length() > 0 ? (end - back) / tail.length() : QPointF(1, 0);
        const QPointF normal(-unit.y(), unit.x());
        QPolygonF shaft;
        for (const QPointF& p : points) {
            if (QLineF(p, end).length() >= head * 0.6)
                shaft << p;
        }
        painter.setPen(QPen(color, width, edge.live || edge.inCycle ? Qt::SolidLine : Qt::DashLine,
                            Qt::RoundCap, Qt::RoundJoin));
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(shaft);
        QPainterPath arrow;
        arrow.moveTo(end);
        arrow.lineTo(end - unit * head + normal * head * 0.5);
        arrow.lineTo(end - unit * head - normal * head * 0.5);
        arrow.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPath(arrow);
    }

    // The counts on the arcs' tops, most seen first; one that would cover a node or another
    // count is left out (the caption says what ×n means).
    QList<QRectF> taken;
    for (int node : layout.nodes) {
        const QPointF p = layout.position.value(node);
        taken << QRectF(p.x() - nodeRadius, p.y() - nodeRadius, 2 * nodeRadius, 2 * nodeRadius);
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return m_edges[a].seen > m_edges[b].seen; });
    for (qsizetype index : order) {
        const Edge& edge = m_edges[index];
        const QPolygonF& points = layout.lines[index];
        if (edge.seen <= 1 || points.size() < 2)
            continue;
        const QString times = u"×%1"_s.arg(edge.seen);
        const QPointF apex = points[points.size() / 2];
        const QRectF box(apex.x() - metrics.horizontalAdvance(times) / 2.0 - 2,
                         apex.y() - metrics.height() / 2.0, metrics.horizontalAdvance(times) + 4,
                         metrics.height());
        if (!QRectF(rect()).contains(box) ||
            std::any_of(taken.begin(), taken.end(),
                        [&](const QRectF& other) { return other.intersects(box); }))
            continue;
        taken << box;
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 230));
        painter.drawRect(box);
        painter.setPen(edge.live ? m_theme.text() : QColor(0x70, 0x70, 0x70));
        painter.drawText(box, Qt::AlignCenter, times);
    }

    std::set<int> waiting;
    std::set<int> cycle;
    for (const Edge& edge : m_edges) {
        if (edge.live || edge.inCycle)
            waiting.insert(edge.waiter);
        if (edge.inCycle)
            cycle.insert(edge.waiter);
    }
    for (int node : layout.nodes) {
        const QPointF p = layout.position.value(node);
        QColor fill = Qt::white;
        if (cycle.count(node))
            fill = QColor(0xF6, 0xC9, 0xAE);
        else if (waiting.count(node))
            fill = QColor(0xEE, 0xCF, 0xE0);
        painter.setPen(QPen(m_theme.text(), m_theme.lineWidth(2)));
        painter.setBrush(fill);
        painter.drawEllipse(p, nodeRadius, nodeRadius);
        painter.setPen(m_theme.text());
        const QString label = node > 0                    ? tr("W%1").arg(node)
                              : !m_outsideLabel.isEmpty() ? m_outsideLabel
                                                          : tr("other");
        QFont labelFont = font();
        const double fit = 2 * nodeRadius * 0.85 / qMax(1, metrics.horizontalAdvance(label));
        if (fit < 1)
            labelFont.setPointSizeF(qMax(6.0, labelFont.pointSizeF() * fit));
        painter.setFont(labelFont);
        painter.drawText(
            QRectF(p.x() - nodeRadius, p.y() - nodeRadius, 2 * nodeRadius, 2 * nodeRadius),
            Qt::AlignCenter, label);
        painter.setFont(font());
    }
}

LockGraphView::LockGraphView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"lockGraphView"_s);
    m_title = new QLabel(tr("Who waits for whom (sampled from pg_locks)"));
    m_title->setWordWrap(true); // the tab must not widen the window's right column
    m_canvas = new WaitGraphCanvas;
    m_canvas->setObjectName(u"waitGraphCanvas"_s);
    m_caption = new QLabel;
    m_caption->setObjectName(u"lockGraphCaption"_s);
    m_caption->setWordWrap(true);
    auto* left = new QVBoxLayout;
    left->setSpacing(2);
    left->addWidget(m_title);
    left->addWidget(m_canvas, 1);
    left->addWidget(m_caption);

    m_deadlockPanel = new QWidget;
    m_deadlockTitle = new QLabel;
    m_deadlockTitle->setWordWrap(true);
    m_deadlockCanvas = new WaitGraphCanvas;
    m_deadlockCanvas->setObjectName(u"deadlockCanvas"_s);
    m_deadlockCaption = new QLabel;
    m_deadlockCaption->setObjectName(u"deadlockCaption"_s);
    m_deadlockCaption->setWordWrap(true);
    m_deadlockCaption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deadlockCaption->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Ignored);
    m_deadlockCaption->installEventFilter(this);
    // The cycle's lines beside its graph: a short tab keeps its height for the arcs.
    auto* cycle = new QHBoxLayout;
    cycle->setContentsMargins(0, 0, 0, 0);
    cycle->addWidget(m_deadlockCanvas, 2);
    cycle->addWidget(m_deadlockCaption, 3);
    auto* right = new QVBoxLayout(m_deadlockPanel);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_deadlockTitle);
    right->addLayout(cycle, 1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(12);
    layout->addLayout(left, 1);
    layout->addWidget(m_deadlockPanel, 1);
    clear(0);
}

void LockGraphView::clear(int workers) {
    m_workers = workers;
    m_current.clear();
    m_outside.clear();
    m_seen.clear();
    m_deadlock = {};
    m_deadlockTexts.clear();
    m_deadlockPanel->hide();
    showGraph(false);
}

void LockGraphView::addSample(const MonitorSample& sample) {
    if (!sample.error.isEmpty())
        return;
    m_current = WaitGraph(sample.waits);
    m_outside = sample.outsideBlockers;
    for (const LockWait& wait : sample.waits) {
        m_seen[{wait.waiter, wait.blocker}] += 1;
        m_workers = qMax(m_workers, qMax(wait.waiter, wait.blocker));
    }
    showGraph(false);
}

void LockGraphView::showRunSummary() {
    showGraph(true);
}

void LockGraphView::showGraph(bool summary) {
    const WaitCycle cycle = m_current.cycle();
    const auto inCycle = [&](int waiter, int blocker) {
        for (int i = 0; i < cycle.workers.size(); ++i) {
            if (cycle.workers[i] == waiter &&
                cycle.workers[(i + 1) % cycle.workers.size()] == blocker)
                return true;
        }
        return false;
    };
    QList<WaitGraphCanvas::Edge> edges;
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
        const auto [waiter, blocker] = it.key();
        WaitGraphCanvas::Edge edge;
        edge.waiter = waiter;
        edge.blocker = blocker;
        edge.seen = summary ? it.value() : 0;
        edge.live = summary || m_current.hasEdge(waiter, blocker);
        edge.inCycle = !summary && inCycle(waiter, blocker);
        edges << edge;
    }
    m_canvas->setGraph(m_workers, edges);
    m_canvas->setOutsideLabel(m_outside.size() == 1 ? tr("pid %1").arg(m_outside.first().pid)
                                                    : QString());

    if (summary) {
        m_caption->setText(m_seen.isEmpty()
                               ? tr("No worker was seen waiting for a lock in this run.")
                               : tr("Every wait seen during the run; ×n: in how many samples."));
    } else if (!cycle.isEmpty()) {
        m_caption->setText(tr("Cycle: %1 — each waits for the next, none can go on. The server "
                              "will cancel one of them (40P01).")
                               .arg(cycle.describe()));
    } else if (m_current.isEmpty()) {
        m_caption->setText(m_seen.isEmpty()
                               ? tr("No worker waits for a lock right now.")
                               : tr("No worker waits right now; dashed: waits seen earlier."));
    } else {
        QStringList waits;
        for (const LockWait& wait : m_current.edges())
            waits << tr("%1 waits for %2").arg(workerName(wait.waiter), workerName(wait.blocker));
        waits.removeDuplicates();
        QString caption = tr("Now: %1").arg(waits.join(u"; "_s));
        for (const OutsideSession& session : std::as_const(m_outside))
            caption += u'\n' + tr("Outside this run: %1").arg(session.describe());
        m_caption->setText(caption);
    }
}

void LockGraphView::setDeadlock(const WaitCycle& cycle, const QString& detail, int deadlocks) {
    m_deadlock = cycle;
    if (cycle.isEmpty()) {
        m_deadlockPanel->hide();
        return;
    }
    QList<WaitGraphCanvas::Edge> edges;
    for (int i = 0; i < cycle.workers.size(); ++i) {
        WaitGraphCanvas::Edge edge;
        edge.waiter = cycle.workers[i];
        edge.blocker = cycle.workers[(i + 1) % cycle.workers.size()];
        edge.inCycle = true;
        edges << edge;
    }
    m_deadlockCanvas->setGraph(0, edges); // the workers of the cycle only
    m_deadlockTitle->setText(
        deadlocks > 1 ? tr("The latest of %n deadlocks, as the server reported it (40P01)", nullptr,
                           deadlocks)
                      : tr("The deadlock, as the server reported it (40P01)"));
    // "ShareLock on transaction 1037", "… on tuple (0,40) of relation 61005 of database
    // 16384": the numbers mean nothing to the room when space is short.
    static const QRegularExpression numbers(
        u" (?:of relation \\d+ )?of database \\d+| \\d+$| \\(\\d+,\\d+\\)"_s);
    QStringList lines, shortLines;
    for (int i = 0; i < cycle.locks.size() && i < cycle.workers.size(); ++i) {
        const QString lock = cycle.locks[i];
        lines << tr("%1 waited for %2").arg(workerName(cycle.workers[i]), lock);
        shortLines << tr("%1 waited for %2")
                          .arg(workerName(cycle.workers[i]), QString(lock).remove(numbers));
    }
    const QString line = cycle.describe();
    m_deadlockTexts = {line + u'\n' + lines.join(u'\n'), line + u'\n' + shortLines.join(u'\n'),
                       line};
    if (lines.isEmpty())
        m_deadlockTexts = {line};
    m_deadlockCaption->setToolTip(lines.isEmpty() ? detail : lines.join(u'\n'));
    m_deadlockPanel->show();
    fitDeadlockCaption();
}

bool LockGraphView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_deadlockCaption && event->type() == QEvent::Resize)
        fitDeadlockCaption();
    return QWidget::eventFilter(watched, event);
}

void LockGraphView::fitDeadlockCaption() {
    if (m_deadlockTexts.isEmpty())
        return;
    const QRect room = m_deadlockCaption->contentsRect();
    const QFontMetrics metrics(m_deadlockCaption->font());
    QString chosen = m_deadlockTexts.constLast();
    for (const QString& text : std::as_const(m_deadlockTexts)) {
        const QRect needed =
            metrics.boundingRect(QRect(0, 0, room.width(), 1 << 20), Qt::TextWordWrap, text);
        if (needed.height() <= room.height()) {
            chosen = text;
            break;
        }
    }
    if (m_deadlockCaption->text() != chosen)
        m_deadlockCaption->setText(chosen);
}

void LockGraphView::applyTheme(const Theme& theme) {
    m_theme = theme;
    m_canvas->applyTheme(theme);
    m_deadlockCanvas->applyTheme(theme);
    m_title->setFont(theme.font(0.95, true));
    m_deadlockTitle->setFont(theme.font(0.95, true));
    m_caption->setFont(theme.font(0.95));
    m_deadlockCaption->setFont(theme.font(0.9));
    fitDeadlockCaption();
}

} // namespace seatsim
