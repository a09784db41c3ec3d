#pragma once

#include "common/exercise.h"
#include "style/theme.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace seatsim {

// Which exercise the window teaches: the seat exercise (the lost update) or at most two seats
// per student (the write skew). Shows the choice, and as its tooltip the rule a correct run
// keeps.
class ExerciseChoice : public QWidget {
    Q_OBJECT
public:
    explicit ExerciseChoice(QWidget* parent = nullptr);

    Exercise current() const { return m_current; }
    // Selects `exercise` without emitting changed().
    void setCurrent(Exercise exercise);
    void setChoiceEnabled(bool enabled);
    void applyTheme(const Theme& theme);

    // "Seats: free + occupied = capacity", "At most two seats per student"
    static QString title(Exercise exercise);
    // The rule of a consistent table, in a sentence.
    static QString rule(Exercise exercise);

    QComboBox* combo() const { return m_combo; }

Q_SIGNALS:
    void changed(seatsim::Exercise exercise);

private:
    Exercise m_current = Exercise::Seats;
    QLabel* m_label = nullptr;
    QComboBox* m_combo = nullptr;
};

} // namespace seatsim
