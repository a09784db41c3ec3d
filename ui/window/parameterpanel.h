#pragma once

#include "engine/scenario.h"
#include "style/theme.h"

#include <QGroupBox>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace seatsim {

// The load of a run: how many workers, how many reservations each, the race window and the tempo.
class ParameterPanel : public QGroupBox {
    Q_OBJECT
public:
    explicit ParameterPanel(QWidget* parent = nullptr);

    // The window's defaults: the exercise's 5 × 20, slow enough to watch for several seconds.
    static Scenario defaults();

    // Values the current strategy's demonstration load would not give count as the user's own.
    void setScenario(const Scenario& scenario);
    // A picked strategy's demonstration load: threads, reservations, think time and pause that
    // the user has not changed take its values, or the window's defaults where it has none.
    void setDemoLoad(const DemoLoad& demo);
    // Forgets the user's changes: back to the defaults and the strategy's demonstration load.
    void resetLoad();
    // The exercise's tries of a reservation (maxTriesOf()): a new exercise, a new default.
    void setMaxTries(int tries);
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
    // Ticked: the user keeps this load for the next launch, on purpose; else a launch starts
    // from each strategy's demonstration load.
    QCheckBox* keepLoad() const { return m_keepLoad; }

Q_SIGNALS:
    void changed();

private:
    QSpinBox* addSpinBox(const QString& name, int minimum, int maximum, const QString& suffix,
                         const QString& toolTip);
    void updateEstimate();
    struct LoadField {
        QSpinBox* box;
        std::optional<int> DemoLoad::*demo;
        int Scenario::*scenario;
        bool userSet = false;
    };
    int demoValue(const LoadField& field) const;
    void applyDemoLoad();

    QSpinBox* m_threads = nullptr;
    QSpinBox* m_perThread = nullptr;
    QSpinBox* m_thinkMs = nullptr;
    QSpinBox* m_pauseMs = nullptr;
    QSpinBox* m_seed = nullptr;
    QSpinBox* m_maxTries = nullptr;
    QLabel* m_estimate = nullptr;
    QPushButton* m_reset = nullptr;
    QCheckBox* m_keepLoad = nullptr;
    QList<LoadField> m_loadFields;
    DemoLoad m_demo;
    bool m_applying = false; // values set by the program, not the user
    QList<QLabel*> m_labels;
};

} // namespace seatsim
