#include "window/runcharts.h"

#include "live/seatschart.h"
#include "live/sessionchart.h"
#include "live/studentchart.h"
#include "window/countertiles.h"

#include <QHBoxLayout>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seatsim {

RunCharts::RunCharts(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"runCharts"_s);
    m_seats = new SeatsChart;
    m_seats->setObjectName(u"seatsChart"_s);
    m_sessions = new SessionChart;
    m_students = new StudentChart;
    m_students->hide();
    m_tiles = new CounterTiles;
    auto* chartRow = new QHBoxLayout;
    chartRow->setSpacing(6);
    chartRow->addWidget(m_seats, 3);
    chartRow->addWidget(m_sessions, 2);
    chartRow->addWidget(m_students, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(chartRow, 1);
    layout->addWidget(m_tiles);
}

void RunCharts::clear(const Scenario& scenario, double expectedSeconds) {
    m_seats->clear(scenario.capacity(), expectedSeconds);
    m_sessions->setCapacities(scenario.capacities);
    const int seatLimit = seatLimitOf(scenario.exercise);
    m_students->clear(usersOf(scenario.exercise), seatLimit);
    m_students->setVisible(seatLimit > 0);
    m_tiles->clear();
}

void RunCharts::addSnapshot(const Snapshot& snapshot) {
    m_seats->addSnapshot(snapshot);
    if (snapshot.monitor.audit)
        showAudit(*snapshot.monitor.audit);
    m_tiles->setSnapshot(snapshot);
}

void RunCharts::finish(const RunResult& result, qint64 waitsSeen) {
    if (result.audit) {
        m_seats->addAudit(result.durationMs, *result.audit);
        showAudit(*result.audit);
    }
    m_tiles->setResult(result, waitsSeen);
}

void RunCharts::showAudit(const Audit& audit) {
    m_sessions->setAudit(audit);
    m_students->setAudit(audit);
}

void RunCharts::applyTheme(const Theme& theme) {
    m_seats->applyTheme(theme);
    m_sessions->applyTheme(theme);
    m_students->applyTheme(theme);
    // QChartView only ever raises its minimum: after the projector's type it would stay large.
    for (QWidget* chart : std::initializer_list<QWidget*>{m_seats, m_sessions, m_students})
        chart->setMinimumSize(200, 160);
    m_tiles->applyTheme(theme);
}

} // namespace seatsim
