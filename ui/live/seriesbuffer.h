#pragma once

#include <QList>
#include <QPointF>

namespace seatsim {

// The points of one chart line, bounded: when full, pairs of neighbours merge into the one
// that differs more from the point kept before them, so spikes (a transient drift) survive
// the thinning while memory stays fixed.
class SeriesBuffer {
public:
    explicit SeriesBuffer(qsizetype capacity = 2000)
        : m_capacity(qMax<qsizetype>(capacity, 4)) {
        m_points.reserve(m_capacity);
    }

    void clear() { m_points.clear(); }
    void append(QPointF point) {
        if (m_points.size() >= m_capacity)
            thin();
        m_points.append(point);
    }
    const QList<QPointF>& points() const { return m_points; }
    // Moves the newest point to `x`: a flat line reaching the present without a new point.
    void extendTo(qreal x) {
        if (!m_points.isEmpty())
            m_points.last().setX(x);
    }
    qsizetype size() const { return m_points.size(); }
    qsizetype capacity() const { return m_capacity; }

private:
    void thin() {
        QList<QPointF> kept;
        kept.reserve(m_capacity);
        kept.append(m_points.first());
        const qsizetype last = m_points.size() - 1;
        for (qsizetype i = 1; i < last; i += 2) {
            const QPointF& a = m_points.at(i);
            const QPointF& b = i + 1 < last ? m_points.at(i + 1) : a;
            const qreal previous = kept.last().y();
            kept.append(qAbs(b.y() - previous) > qAbs(a.y() - previous) ? b : a);
        }
        kept.append(m_points.at(last));
        m_points = std::move(kept);
    }

    qsizetype m_capacity;
    QList<QPointF> m_points;
};

} // namespace seatsim
