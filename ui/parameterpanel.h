#pragma once

#include "scenario.h"
#include "theme.h"

#include <QGroupBox>

class QLabel;
class QSpinBox;

namespace seatsim {

// The load of a run: how many workers, how many reservations each, the race window and the tempo.
class ParameterPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit ParameterPanel(QWidget* parent = nullptr);

    // The window's defaults: the exercise's 5 × 20, slow enough to watch for several seconds.
    static Scenario defaults();

    void setScenario(const Scenario& scenario);
    // Copies the values into `scenario`, leaving its strategy and capacities alone.
    void fill(Scenario* scenario) const;
    void applyTheme(const Theme& theme);
    // "5 workers × 20 reservations, think 30 ms, pause 250 ms"
    QString describe() const;
    // A rough duration of a run with these values, ignoring lock waits.
    double expectedSeconds() const;

    QSpinBox* threads() const { return m_threads; }
    QSpinBox* perThread() const { return m_perThread; }
    QSpinBox* thinkMs() const { return m_thinkMs; }
    QSpinBox* pauseMs() const { return m_pauseMs; }
    QSpinBox* seed() const { return m_seed; }
    QSpinBox* maxTries() const { return m_maxTries; }

Q_SIGNALS:
    void changed();

private:
    QSpinBox* addSpinBox(const QString& name, int minimum, int maximum, const QString& suffix,
                         const QString& toolTip);
    void updateEstimate();

    QSpinBox* m_threads = nullptr;
    QSpinBox* m_perThread = nullptr;
    QSpinBox* m_thinkMs = nullptr;
    QSpinBox* m_pauseMs = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_maxTries = nullptr;
    QLabel* m_estimate = nullptr;
    QList<QLabel*> m_labels;
};

} // namespace seatsim
