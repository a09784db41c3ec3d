#pragma once

#include "analysis/waitgraph.h"
#include "engine/snapshot.h"
#include "style/theme.h"

#include <QHash>
#include <QMap>
#include <QPolygonF>
#include <QWidget>

class QLabel;

namespace seatsim {

// Workers around an ellipse and lines from a waiter to the worker that holds its lock, bowed
// towards the middle so that they pass no other worker. A wait that goes on now is an arrow;
// a pair that waited earlier in the run is a grey line without direction, so that waits at
// different times never draw a cycle. Counts sit on their own line.
class WaitGraphCanvas : public QWidget {
    Q_OBJECT
public:
    struct Edge {
        int waiter = 0;
        int blocker = 0; // 0: a backend that is not a worker
        int seen = 0;    // samples that saw it, written on the line when more than zero
        bool live = true;
        bool inCycle = false;
        bool directed = true; // false: the pair waited earlier, in one direction or both
    };

    // Where the nodes, the lines and their counts go at the canvas's size.
    struct Layout {
        QList<int> nodes; // workers, 0: another session
        QHash<int, QPointF> position;
        double nodeRadius = 0;
        QList<QPolygonF> lines; // of each edge in edges(), from waiter to blocker; empty: none
        QList<QRectF>
            labelBoxes; // of each edge's count, centred on a point of its line; empty: none
    };

    explicit WaitGraphCanvas(QWidget* parent = nullptr);
    void setGraph(int workers, const QList<Edge>& edges);
    // The label of the node of backends outside the run: "other", or the pid of the one there.
    void setOutsideLabel(const QString& label);
    void applyTheme(const Theme& theme);
    const QList<Edge>& edges() const { return m_edges; }
    Layout layout() const;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<int> nodes() const;

    int m_workers = 0;
    QList<Edge> m_edges;
    QString m_outsideLabel;
    Theme m_theme;
};

// The live wait-for graph, sampled by the monitor, and beside it the cycle of the latest
// deadlock as the server's DETAIL names it.
class LockGraphView : public QWidget {
    Q_OBJECT
public:
    explicit LockGraphView(QWidget* parent = nullptr);

    void clear(int workers);
    void addSample(const MonitorSample& sample);
    // After the run: every wait seen, with how often.
    void showRunSummary();
    // The cycle of a deadlock and the server's text of its 40P01 (with the DETAIL); `deadlocks`
    // counts them all.
    void setDeadlock(const WaitCycle& cycle, const QString& detail, int deadlocks = 1);
    void applyTheme(const Theme& theme);

    const WaitGraph& current() const { return m_current; }
    bool sawEdge(int waiter, int blocker) const { return m_seen.contains({waiter, blocker}); }
    WaitCycle deadlockCycle() const { return m_deadlock; }
    QLabel* deadlockCaption() const { return m_deadlockCaption; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showGraph(bool summary);
    // The longest of m_deadlockTexts that the caption's room holds; the cycle line at least.
    void fitDeadlockCaption();

    int m_workers = 0;
    WaitGraph m_current;
    QList<OutsideSession> m_outside; // in the latest sample
    QMap<std::pair<int, int>, int> m_seen;
    WaitCycle m_deadlock;
    WaitGraphCanvas* m_canvas = nullptr;
    WaitGraphCanvas* m_deadlockCanvas = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_caption = nullptr;
    QLabel* m_deadlockTitle = nullptr;
    QLabel* m_deadlockCaption = nullptr;
    QWidget* m_deadlockPanel = nullptr;
    QStringList m_deadlockTexts; // with the server's words, the story, the cycle alone
    Theme m_theme;
};

} // namespace seatsim
