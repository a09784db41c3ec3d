#pragma once

#include "theme.h"
#include "timelinemodel.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace seatsim {

// The colour and the pattern of a phase, the same wherever a phase is drawn.
QColor phaseColor(Phase phase);
Qt::BrushStyle phasePattern(Phase phase);

// One swimlane per worker, painted from TimelineModel::segments(): at most two segments per
// pixel, however many attempts the run has. The wheel (or a pinch) zooms around the pointer,
// a drag pans, a double click shows the whole run, a click selects an attempt.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);

    void setModel(const TimelineModel* model);
    void applyTheme(const Theme& theme);
    // After the model changed: follows the end of the run until the user zooms or pans.
    void modelUpdated();
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
    QRect laneRect(int worker) const;
    int laneAt(int y) const;
    double xOf(qint64 ns) const;
    qint64 nsAt(double x) const;
    void zoom(double factor, double anchorX);
    std::optional<AttemptRef> attemptUnder(QPoint pos) const;
    void paintAxis(QPainter& painter, const QRect& plot);

    const TimelineModel* m_model = nullptr;
    Theme m_theme;
    qint64 m_fromNs = 0;
    qint64 m_toNs = 1'000'000'000;
    bool m_following = true;
    qint64 m_selected = 0;
    QList<qint64> m_highlighted;
    QSet<qint64> m_victims;
    QList<int> m_segmentsDrawn;
    QPoint m_pressPos;
    qint64 m_pressFromNs = 0;
    bool m_dragging = false;
};

// The timeline with its legend and the details of the selected attempt beside it.
class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    explicit TimelinePanel(QWidget* parent = nullptr);

    void setModel(const TimelineModel* model);
    void applyTheme(const Theme& theme);
    void modelUpdated();
    void clear();

    TimelineView* view() const { return m_view; }
    QTextBrowser* details() const { return m_details; }
    // The details of an attempt as the side panel shows them (HTML).
    static QString describe(const AttemptRef& attempt);

private:
    void showAttempt(qint64 sequence);
    void updateLegend();

    const TimelineModel* m_model = nullptr;
    TimelineView* m_view = nullptr;
    QLabel* m_legend = nullptr;
    QPushButton* m_fit = nullptr;
    QTextBrowser* m_details = nullptr;
    Theme m_theme;
};

} // namespace seatsim
