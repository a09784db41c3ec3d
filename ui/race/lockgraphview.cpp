#include "race/lockgraphview.h"

#include <QEvent>
#include <QFontInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

// Up to this many workers all are drawn; beyond, those that waited or held a lock.
constexpr int maxNodesAll = 12;
constexpr int curveSteps = 64;
// Where a count may sit on its line, by sample index, the middle first.
constexpr int labelSteps[] = {32, 26, 38, 20, 44, 14, 50};

QPointF onCurve(const QPointF& from, const QPointF& control, const QPointF& to, double t) {
    return (1 - t) * (1 - t) * from + 2 * (1 - t) * t * control + t * t * to;
}

QString countText(int seen) {
    return u"×%1"_s.arg(seen);
}

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
    if (m_workers <= maxNodesAll) {
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
    const QFontMetrics metrics(font());
    const double line = metrics.height();
    const double margin = 1 + m_theme.lineWidth(2);
    const double gap = m_theme.lineWidth(2) + 2; // between two nodes, or a line and a node
    const double halfHeight = height() / 2.0 - margin;
    const QPointF centre(width() / 2.0, height() / 2.0);

    // Around an ellipse that fills the canvas, from the left clockwise: the node radius that
    // keeps neighbours apart, found in a few rounds since the ellipse shrinks as nodes grow.
    QHash<int, QPointF> ring;
    double ringRadius = qMax(4.0, qMin(line * 1.4, halfHeight));
    for (int round = 0; round < 4; ++round) {
        const double rx = qMax(0.0, width() / 2.0 - margin - ringRadius);
        const double ry = qMax(0.0, halfHeight - ringRadius);
        ring.clear();
        for (int i = 0; i < count; ++i) {
            const double angle = M_PI + 2 * M_PI * i / count;
            ring.insert(layout.nodes[i],
                        count == 1 ? centre
                                   : centre + QPointF(rx * std::cos(angle), ry * std::sin(angle)));
        }
        double closest = std::numeric_limits<double>::max();
        for (int i = 0; count > 1 && i < count; ++i) {
            for (int j = i + 1; j < count; ++j)
                closest = std::min(
                    closest,
                    QLineF(ring.value(layout.nodes[i]), ring.value(layout.nodes[j])).length());
        }
        const double fits = std::min({line * 1.4, halfHeight, (closest - gap) / 2});
        if (std::abs(fits - ringRadius) < 0.5)
            break;
        ringRadius = qMax(4.0, fits);
    }

    // In a row, for a wide and short canvas: arcs from a waiter to its blocker, rightwards
    // above the row and leftwards below. An arc over k spacings is a half ellipse; over the
    // node next to its ends it stands at sqrt(1 - (1 - 2/k)^2) of its peak, which must clear
    // that node. Longer arcs rise a little higher so that arcs from one node part.
    const auto rise = [&](int spacings) {
        const double u = spacings >= 2 ? 1.0 - 2.0 / spacings : 0.0;
        return std::max(1.0, 1.0 / std::sqrt(1.0 - u * u)) + 0.08 * (spacings - 1);
    };
    const double clearance = halfHeight / rise(qMax(1, count - 1)); // node radius + gap
    const double rowRadius =
        qMax(4.0, std::min({line * 1.4, clearance - gap, (width() - 2 * margin) / (count * 2.6)}));
    const bool inRow = count > 2 && rowRadius > ringRadius;

    const double r = inRow ? rowRadius : ringRadius;
    layout.nodeRadius = r;
    const double spacing =
        count > 1 ? std::min((width() - 2 * margin - 2 * r) / (count - 1), r * 9) : 0.0;
    if (inRow) {
        const double left = width() / 2.0 - spacing * (count - 1) / 2.0;
        for (int i = 0; i < count; ++i)
            layout.position.insert(layout.nodes[i], QPointF(left + spacing * i, centre.y()));
    } else {
        layout.position = ring;
    }

    QList<QRectF> nodeBoxes;
    for (int node : layout.nodes) {
        const QPointF p = layout.position.value(node);
        nodeBoxes << QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r);
    }
    QList<QRectF> taken = nodeBoxes;
    for (const Edge& edge : m_edges) {
        const QPointF from = layout.position.value(edge.waiter);
        const QPointF to = layout.position.value(edge.blocker);
        QPolygonF all; // the whole line, centre to centre, in curveSteps steps
        if (inRow) {
            const int spacings = int(std::lround(std::abs(to.x() - from.x()) / qMax(1.0, spacing)));
            if (edge.waiter != edge.blocker && spacings > 0) {
                const double peak =
                    std::min(halfHeight, (r + gap) * rise(spacings)) * (to.x() > from.x() ? -1 : 1);
                const QPointF middle = (from + to) / 2;
                const double half = (to.x() - from.x()) / 2;
                for (int i = 0; i <= curveSteps; ++i) {
                    const double t = M_PI * i / curveSteps;
                    all << QPointF(middle.x() - half * std::cos(t),
                                   centre.y() + peak * std::sin(t));
                }
            }
        } else {
            const QLineF chord(from, to);
            if (edge.waiter != edge.blocker && chord.length() > 2 * r) {
                // Bowed towards the centre, so that the line leaves each node inwards and
                // passes no other; when it waits both ways at once the two lines part sideways.
                const QPointF middle = (from + to) / 2;
                const QPointF normal = QPointF(-chord.dy(), chord.dx()) / chord.length();
                const bool reverse =
                    edge.directed &&
                    std::any_of(m_edges.begin(), m_edges.end(), [&](const Edge& e) {
                        return e.directed && e.waiter == edge.blocker && e.blocker == edge.waiter;
                    });
                QPointF control = QLineF(middle, centre).length() < r ? middle : centre;
                if (reverse)
                    control += normal * std::max(2.5 * r, chord.length() * 0.2);
                for (int i = 0; i <= curveSteps; ++i)
                    all << onCurve(from, control, to, double(i) / curveSteps);
            }
        }
        QPolygonF points;
        for (const QPointF& p : std::as_const(all)) {
            if (QLineF(p, from).length() > r && QLineF(p, to).length() > r + 2)
                points << p;
        }
        // The count on its own line: the middle, or the nearest free place along it; never
        // over a node, and left out when the line has no room for it.
        QRectF label;
        if (edge.seen > 0 && !all.isEmpty()) {
            const QString text = countText(edge.seen);
            const QSizeF size(metrics.horizontalAdvance(text) + 6, line);
            const auto clear = [&](const QRectF& box, const QList<QRectF>& others) {
                return QRectF(rect()).contains(box) &&
                       std::none_of(others.begin(), others.end(),
                                    [&](const QRectF& other) { return other.intersects(box); });
            };
            for (const QList<QRectF>* others : {&taken, &nodeBoxes}) {
                for (int step : labelSteps) {
                    const QRectF box(all[step] - QPointF(size.width(), size.height()) / 2, size);
                    if (clear(box, *others)) {
                        label = box;
                        break;
                    }
                }
                if (!label.isNull())
                    break;
            }
            if (!label.isNull())
                taken << label;
        }
        layout.lines << points;
        layout.labelBoxes << label;
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
    const QColor earlier(0x8A, 0x8A, 0x8A);

    // Earlier waits first, so that live waits and the cycle are drawn on top.
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
        const QColor color = edge.inCycle ? okabeIto::vermillion
                             : edge.live  ? m_theme.text()
                                          : earlier;
        const qreal width = m_theme.lineWidth(edge.inCycle ? 4.0 : edge.live ? 2.5 : 1.5);
        const Qt::PenStyle style = edge.live || edge.inCycle ? Qt::SolidLine : Qt::DashLine;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(color, width, style, Qt::RoundCap, Qt::RoundJoin));
        if (!edge.directed) {
            painter.drawPolyline(points);
            continue;
        }
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

    for (qsizetype index : order) {
        const QRectF& box = layout.labelBoxes[index];
        if (box.isNull())
            continue;
        const Edge& edge = m_edges[index];
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 235));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(edge.live ? m_theme.text() : QColor(0x50, 0x50, 0x50));
        painter.drawText(box, Qt::AlignCenter, countText(edge.seen));
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
        if (fit < 1) // smaller to fit its node, but on a projector never below its smallest text
            labelFont.setPixelSize(qMax(qMax(8, m_theme.minimumTextPixels()),
                                        int(QFontInfo(labelFont).pixelSize() * fit)));
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
    const WaitCycle cycle = summary ? WaitCycle() : m_current.cycle();
    const auto inCycle = [&](int waiter, int blocker) {
        for (int i = 0; i < cycle.workers.size(); ++i) {
            if (cycle.workers[i] == waiter &&
                cycle.workers[(i + 1) % cycle.workers.size()] == blocker)
                return true;
        }
        return false;
    };
    // Waits now are arrows; a pair that waited earlier is one line, whichever way it waited.
    QList<WaitGraphCanvas::Edge> edges;
    std::set<std::pair<int, int>> livePairs;
    QMap<std::pair<int, int>, int> earlier;
    for (auto it = m_seen.cbegin(); it != m_seen.cend(); ++it) {
        const auto [waiter, blocker] = it.key();
        const std::pair<int, int> pair = std::minmax(waiter, blocker);
        if (!summary && m_current.hasEdge(waiter, blocker)) {
            WaitGraphCanvas::Edge edge;
            edge.waiter = waiter;
            edge.blocker = blocker;
            edge.inCycle = inCycle(waiter, blocker);
            edges << edge;
            livePairs.insert(pair);
        } else {
            earlier[pair] += it.value();
        }
    }
    for (auto it = earlier.cbegin(); it != earlier.cend(); ++it) {
        if (livePairs.count(it.key()))
            continue;
        WaitGraphCanvas::Edge edge;
        edge.waiter = it.key().first;
        edge.blocker = it.key().second;
        edge.seen = it.value();
        edge.live = false;
        edge.directed = false;
        edges << edge;
    }
    m_canvas->setGraph(m_workers, edges);
    m_canvas->setOutsideLabel(m_outside.size() == 1 ? tr("pid %1").arg(m_outside.first().pid)
                                                    : QString());

    if (summary) {
        m_caption->setText(m_seen.isEmpty()
                               ? tr("No worker was seen waiting for a lock in this run.")
                               : tr("Grey: waited at some time in the run (×n samples), not "
                                    "at once: no cycle."));
    } else if (!cycle.isEmpty()) {
        m_caption->setText(tr("Cycle: %1 — each waits for the next, none can go on. The server "
                              "will cancel one of them (40P01).")
                               .arg(cycle.describe()));
    } else if (m_current.isEmpty()) {
        m_caption->setText(m_seen.isEmpty()
                               ? tr("No worker waits for a lock right now.")
                               : tr("No worker waits right now; grey: waited earlier in the run."));
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
    // The story in the interface's language; the server's own words (English) below it, its
    // process numbers named by their workers.
    const QString story = cycle.story().join(u'\n');
    QStringList processes;
    for (int i = 0; i < cycle.pids.size() && i < cycle.workers.size(); ++i) {
        if (cycle.workers[i] > 0)
            processes << tr("process %1 = worker %2").arg(cycle.pids[i]).arg(cycle.workers[i]);
    }
    static const QRegularExpression serverLines(u"Process \\d+ waits for [^\\n]*"_s);
    QStringList server;
    for (const QRegularExpressionMatch& match : serverLines.globalMatch(detail))
        server << match.captured(0);
    const QString line = cycle.describe();
    m_deadlockTexts = {line + u'\n' + story, line};
    if (!server.isEmpty())
        m_deadlockTexts.prepend(line + u'\n' + story + u"\n\n"_s +
                                tr("The server's words (%1):").arg(processes.join(u", "_s)) +
                                u'\n' + server.join(u'\n'));
    m_deadlockCaption->setToolTip(story);
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
