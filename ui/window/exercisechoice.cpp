#include "window/exercisechoice.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
constexpr std::array<Exercise, 2> exercises{Exercise::Seats, Exercise::TwoSeats};
}

ExerciseChoice::ExerciseChoice(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"exerciseChoice"_s);
    m_label = new QLabel(tr("Exercise"), this);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(u"exerciseCombo"_s);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(16);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (const Exercise exercise : exercises)
        m_combo->addItem(title(exercise), exerciseId(exercise));
    m_label->setBuddy(m_combo);
    // In the tool bar, where it takes no height from the code; the rule is its tooltip.
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_combo, 1);
    setCurrent(Exercise::Seats);
    connect(m_combo, &QComboBox::activated, this, [this](int row) {
        const Exercise chosen =
            exerciseNamed(m_combo->itemData(row).toString()).value_or(Exercise::Seats);
        if (chosen == m_current)
            return;
        setCurrent(chosen);
        Q_EMIT changed(chosen);
    });
}

void ExerciseChoice::setCurrent(Exercise exercise) {
    m_current = exercise;
    const QSignalBlocker blocker(m_combo);
    m_combo->setCurrentIndex(m_combo->findData(exerciseId(exercise)));
    const QString toolTip = rule(exercise) + u"\n"_s +
                            tr("The exercise changes the catalogue of strategies, the rule the "
                               "judge checks and the charts");
    m_combo->setToolTip(toolTip);
    m_label->setToolTip(toolTip);
}

void ExerciseChoice::setChoiceEnabled(bool enabled) {
    m_combo->setEnabled(enabled);
}

void ExerciseChoice::applyTheme(const Theme& theme) {
    m_label->setFont(theme.font(1.0, true));
    m_combo->setFont(theme.font());
}

QString ExerciseChoice::title(Exercise exercise) {
    switch (exercise) {
    case Exercise::Seats:
        return tr("Seats: free + occupied = capacity");
    case Exercise::TwoSeats:
        return tr("At most two seats per student");
    }
    return {};
}

QString ExerciseChoice::rule(Exercise exercise) {
    switch (exercise) {
    case Exercise::Seats:
        return tr("Correct when free + occupied seats stay at the capacity in every session: the "
                  "lost update breaks it.");
    case Exercise::TwoSeats:
        return tr("Correct when, beside free + occupied = capacity, no student holds more than "
                  "%1 seats in all sessions together: the write skew breaks it.")
            .arg(seatLimitOf(exercise));
    }
    return {};
}

} // namespace seatsim
