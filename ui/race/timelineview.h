#pragma once

#include "analysis/timeline.h"
#include "style/theme.h"

#include <QMap>
#include <QSet>
#include <QWidget>

class QPushButton;
class QScrollArea;
class QTextBrowser;

namespace seatsim {

// The colour and the pattern of a phase, the same wherever a phase is drawn.
QColor phaseColor(Phase phase);
Qt::BrushStyle phasePattern(Phase phase);

// One swimlane per worker, painted from Timeline::segments(): at most two segments per
// pixel, however many attempts the run has. The wheel (or a pinch) zooms around the pointer,
// a drag pans, a double click shows the whole run, a click selects an attempt.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);

    void setTimeline(const Timeline* timeline);
    void applyTheme(const Theme& theme);
    // After the timeline changed: follows the end of the run until the user zooms or pans.
    void timelineUpdated();
    void showAll();

    void setRange(qint64 fromNs, qint64 toNs);
    qint64 fromNs() const { return m_fromNs; }
    qint64 toNs() const { return m_toNs; }

    void select(qint64 sequence); // 0: none
    qint64 selected() const { return m_selected; }
    // Attempts drawn with a frame (the two sides of a lost update); the range moves to show them.
    void setHighlighted(const QList<qint64>& sequences);
    QList<qint64> highlighted() const { return m_highlighted; }
    // Deadlock victims: marked with a cross above their attempt.
    QSet<qint64> victims() const { return m_victims; }
    void setVictims(const QSet<qint64>& sequences) {
        m_victims = sequences;
        update();
    }

    // Where the attempt is drawn now, in widget coordinates; null when not visible.
    QPoint pointOf(qint64 sequence) const;
    // Segments drawn in each lane by the last paint (index 0: worker 1).
    QList<int> segmentsDrawn() const { return m_segmentsDrawn; }
    int plotWidth() const;

    QSize minimumSizeHint() const override;
    int minimumLaneHeight() const;
    QRect laneRect(int worker) const; // worker's swimlane, its label left of it

Q_SIGNALS:
    void attemptSelected(qint64 sequence);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    QRect plotRect() const;
    int laneAt(int y) const;
    double xOf(qint64 ns) const;
    qint64 nsAt(double x) const;
    void zoom(double factor, double anchorX);
    std::optional<AttemptRef> attemptUnder(QPoint pos) const;
    void paintAxis(QPainter& painter, const QRect& plot);

    const Timeline* m_timeline = nullptr;
    Theme m_theme;
    qint64 m_fromNs = 0;
    qint64 m_toNs = 1'000'000'000;
    bool m_following = true;
    qint64 m_selected = 0;
    QList<qint64> m_highlighted;
    QSet<qint64> m_victims;
    QList<int> m_segmentsDrawn;
    int m_lanes = 0;
    QPoint m_pressPos;
    qint64 m_pressFromNs = 0;
    bool m_dragging = false;
};

// The timeline with its legend and the details of the selected attempt beside it.
class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget* parent = nullptr);

    void setTimeline(const Timeline* timeline);
    void applyTheme(const Theme& theme);
    void timelineUpdated();
    void clear();

    TimelineView* view() const { return m_view; }
    QTextBrowser* details() const { return m_details; }
    // Names the backends of a deadlock's DETAIL by their workers (pid -> worker).
    void setWorkerOfBackend(const QMap<int, int>& workerOfBackend);
    // The details of an attempt as the side panel shows them (HTML).
    static QString describe(const AttemptRef& attempt, const QMap<int, int>& workerOfBackend = {});

    // The legend's entries, in the order the legend shows them.
    static QStringList legendItems();

private:
    void showAttempt(qint64 sequence);
    static QString legend(); // HTML: each phase's colour and name

    const Timeline* m_timeline = nullptr;
    TimelineView* m_view = nullptr;
    QPushButton* m_fit = nullptr;
    QScrollArea* m_scroll = nullptr;
    QTextBrowser* m_details = nullptr;
    QMap<int, int> m_workerOfBackend;
    Theme m_theme;
};

} // namespace seatsim
