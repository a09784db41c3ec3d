#include "lockgraphview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <cmath>
#include <set>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

constexpr int maxNodesOnCircle = 12;

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

void WaitGraphCanvas::applyTheme(const Theme& theme) {
    m_theme = theme;
    setFont(theme.font(1.0, true));
    updateGeometry();
    update();
}

QSize WaitGraphCanvas::minimumSizeHint() const {
    const int side = int(60 * m_theme.scale());
    return {side, side};
}

void WaitGraphCanvas::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    painter.setRenderHint(QPainter::Antialiasing);

    std::set<int> involved;
    for (const Edge& edge : m_edges) {
        involved.insert(edge.waiter);
        involved.insert(edge.blocker);
    }
    QList<int> nodes;
    if (m_workers <= maxNodesOnCircle) {
        for (int worker = 1; worker <= m_workers; ++worker)
            nodes << worker;
        if (involved.count(0))
            nodes << 0;
    } else {
        nodes = QList<int>(involved.begin(), involved.end());
    }
    for (int node : involved) {
        if (!nodes.contains(node))
            nodes << node;
    }
    if (nodes.isEmpty())
        return;

    const QFontMetrics metrics(font());
    const QPointF center = QRectF(rect()).center();
    // On an ellipse that fits the canvas: a short, wide tab spreads the workers sideways.
    const int count = int(nodes.size());
    const double outerX = width() / 2.0 - 4;
    const double outerY = height() / 2.0 - 4;
    const double perimeter =
        2 * M_PI * std::sqrt((outerX * outerX + outerY * outerY) / 2) * (count > 2 ? 1.0 : 0.5);
    const double nodeRadius =
        qMax(8.0, std::min({metrics.height() * 1.6, count > 2 ? outerY / 2 : outerY,
                            perimeter / (count * 2.8)}));
    double radiusX = qMax(0.0, outerX - nodeRadius);
    double radiusY = qMax(0.0, outerY - nodeRadius);
    radiusX = qMin(radiusX, qMax(radiusY * 2.5, nodeRadius * count * 1.5));
    radiusY = qMin(radiusY, qMax(radiusX, nodeRadius * 2));
    if (count == 2)
        radiusX = qMin(radiusX, nodeRadius * 5);
    QHash<int, QPointF> position;
    for (int i = 0; i < count; ++i) {
        const double first = count == 2 ? M_PI : -M_PI / 2; // two: side by side
        const double angle = first + 2 * M_PI * i / count;
        const QPointF offset(std::cos(angle) * radiusX, std::sin(angle) * radiusY);
        position.insert(nodes[i], count == 1 ? center : center + offset);
    }

    const auto hasReverse = [&](const Edge& edge) {
        for (const Edge& other : m_edges) {
            if (other.waiter == edge.blocker && other.blocker == edge.waiter)
                return true;
        }
        return false;
    };
    // Faded first, so that live waits and the cycle are drawn on top.
    QList<Edge> ordered = m_edges;
    std::stable_sort(ordered.begin(), ordered.end(), [](const Edge& a, const Edge& b) {
        return std::tuple(a.inCycle, a.live) < std::tuple(b.inCycle, b.live);
    });
    for (const Edge& edge : ordered) {
        if (edge.waiter == edge.blocker)
            continue;
        const QPointF from = position.value(edge.waiter);
        const QPointF to = position.value(edge.blocker);
        const QPointF delta = to - from;
        const double length = std::hypot(delta.x(), delta.y());
        if (length < 1)
            continue;
        const QPointF unit = delta / length;
        const QPointF normal(-unit.y(), unit.x());
        const QPointF offset = hasReverse(edge) ? normal * nodeRadius * 0.35 : QPointF();
        const QPointF start = from + unit * nodeRadius + offset;
        const QPointF end = to - unit * (nodeRadius + 2) + offset;
        QColor color = edge.inCycle ? okabeIto::vermillion
                       : edge.live  ? m_theme.text()
                                    : QColor(0x9A, 0x9A, 0x9A);
        const qreal width = m_theme.lineWidth(edge.inCycle ? 4.0 : edge.live ? 2.5 : 1.5);
        painter.setPen(QPen(color, width, edge.live || edge.inCycle ? Qt::SolidLine : Qt::DashLine,
                            Qt::RoundCap));
        const double head = qMax(10.0, width * 3.5);
        painter.drawLine(start, end - unit * head * 0.6);
        QPainterPath arrow;
        arrow.moveTo(end);
        arrow.lineTo(end - unit * head + normal * head * 0.5);
        arrow.lineTo(end - unit * head - normal * head * 0.5);
        arrow.closeSubpath();
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPath(arrow);
        if (edge.seen > 1 && height() >= 6 * metrics.height()) { // room for the counts
            const QString count = u"×%1"_s.arg(edge.seen);
            const QPointF middle = (start + end) / 2 + normal * (metrics.height() * 0.7);
            const QRectF box(middle.x() - metrics.horizontalAdvance(count) / 2.0 - 2,
                             middle.y() - metrics.height() / 2.0,
                             metrics.horizontalAdvance(count) + 4, metrics.height());
            painter.setBrush(QColor(255, 255, 255, 220));
            painter.drawRect(box);
            painter.setPen(color);
            painter.drawText(box, Qt::AlignCenter, count);
        }
    }

    std::set<int> waiting;
    std::set<int> cycle;
    for (const Edge& edge : m_edges) {
        if (edge.live || edge.inCycle)
            waiting.insert(edge.waiter);
        if (edge.inCycle)
            cycle.insert(edge.waiter);
    }
    for (int node : nodes) {
        const QPointF p = position.value(node);
        QColor fill = Qt::white;
        if (cycle.count(node))
            fill = QColor(0xF6, 0xC9, 0xAE);
        else if (waiting.count(node))
            fill = QColor(0xEE, 0xCF, 0xE0);
        painter.setPen(QPen(m_theme.text(), m_theme.lineWidth(2)));
        painter.setBrush(fill);
        painter.drawEllipse(p, nodeRadius, nodeRadius);
        painter.setPen(m_theme.text());
        const QString label = node > 0 ? tr("W%1").arg(node) : tr("other");
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
    m_canvas = new WaitGraphCanvas;
    m_canvas->setObjectName(u"waitGraphCanvas"_s);
    m_caption = new QLabel;
    m_caption->setObjectName(u"lockGraphCaption"_s);
    m_caption->setWordWrap(true);
    auto* left = new QVBoxLayout;
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
    auto* right = new QVBoxLayout(m_deadlockPanel);
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_deadlockTitle);
    right->addWidget(m_deadlockCanvas, 1);
    right->addWidget(m_deadlockCaption);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(12);
    layout->addLayout(left, 1);
    layout->addWidget(m_deadlockPanel, 1);
    clear(0);
}

void LockGraphView::clear(int workers) {
    m_workers = workers;
    m_current.clear();
    m_seen.clear();
    m_deadlock = {};
    m_deadlockPanel->hide();
    showGraph(false);
}

void LockGraphView::addSample(const MonitorSample& sample) {
    if (!sample.error.isEmpty())
        return;
    m_current = WaitGraph(sample.waits);
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
        m_caption->setText(tr("Now: %1").arg(waits.join(u"; "_s)));
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
    QString text = cycle.describe();
    QStringList lines;
    for (int i = 0; i < cycle.locks.size() && i < cycle.workers.size(); ++i)
        lines << tr("%1 waited for %2").arg(workerName(cycle.workers[i]), cycle.locks[i]);
    if (!lines.isEmpty())
        text += u'\n' + lines.join(u'\n');
    m_deadlockCaption->setText(text);
    m_deadlockCaption->setToolTip(detail);
    m_deadlockPanel->show();
}

void LockGraphView::applyTheme(const Theme& theme) {
    m_theme = theme;
    m_canvas->applyTheme(theme);
    m_deadlockCanvas->applyTheme(theme);
    m_title->setFont(theme.font(0.95, true));
    m_deadlockTitle->setFont(theme.font(0.95, true));
    m_caption->setFont(theme.font(0.95));
    m_deadlockCaption->setFont(theme.font(0.9));
}

} // namespace seatsim
