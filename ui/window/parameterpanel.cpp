#include "window/parameterpanel.h"

#include "common/exercise.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace seatsim {

ParameterPanel::ParameterPanel(QWidget* parent)
    : QGroupBox(tr("Load"), parent) {
    setObjectName(u"parameterPanel"_s);
    auto* grid = new QGridLayout(this);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);

    m_threads = addSpinBox(u"threads"_s, 1, 64, {}, tr("Workers, each with its own connection"));
    m_perThread = addSpinBox(u"perThread"_s, 1, 100000, {}, tr("Reservations each worker tries"));
    m_thinkMs = addSpinBox(u"thinkMs"_s, 0, 5000, tr(" ms"),
                           tr("Pause between reading and writing the seats: the race window"));
    m_pauseMs = addSpinBox(u"pauseMs"_s, 0, 60000, tr(" ms"),
                           tr("Pause between two reservations of a worker: the tempo"));
    m_seed = addSpinBox(u"seed"_s, 0, std::numeric_limits<int>::max(), {},
                        tr("Seed of the random users and sessions"));
    m_maxTries = addSpinBox(u"maxTries"_s, 1, 1000, {},
                            tr("Tries of one reservation after a deadlock or serialization "
                               "failure, as pgbench --max-tries"));

    const QList<std::pair<QString, QSpinBox*>> rows{
        {tr("Threads"), m_threads},    {tr("Reservations each"), m_perThread},
        {tr("Think time"), m_thinkMs}, {tr("Pause"), m_pauseMs},
        {tr("Seed"), m_seed},          {tr("Max tries"), m_maxTries},
    };
    for (int i = 0; i < rows.size(); ++i) {
        auto* label = new QLabel(rows.at(i).first, this);
        label->setBuddy(rows.at(i).second);
        label->setToolTip(rows.at(i).second->toolTip());
        m_labels.append(label);
        const int row = i / 2;
        const int column = (i % 2) * 2;
        grid->addWidget(label, row, column);
        grid->addWidget(rows.at(i).second, row, column + 1);
    }
    m_estimate = new QLabel(this);
    m_estimate->setObjectName(u"runEstimate"_s);
    m_estimate->setWordWrap(true);
    grid->addWidget(m_estimate, 3, 0, 1, 3);
    m_reset = new QPushButton(tr("Reset"), this);
    m_reset->setObjectName(u"resetLoad"_s);
    m_reset->setToolTip(tr("Back to the window's defaults and the strategy's demonstration load"));
    connect(m_reset, &QPushButton::clicked, this, &ParameterPanel::resetLoad);
    grid->addWidget(m_reset, 3, 3, Qt::AlignRight | Qt::AlignTop);
    m_keepLoad = new QCheckBox(tr("Keep my load at the next launch"), this);
    m_keepLoad->setObjectName(u"keepLoad"_s);
    m_keepLoad->setToolTip(tr("Ticked, the next launch keeps this load; unticked, it starts "
                              "from each strategy's demonstration load"));
    connect(m_keepLoad, &QCheckBox::toggled, this, &ParameterPanel::updateEstimate);
    grid->addWidget(m_keepLoad, 4, 0, 1, 4);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_loadFields = {
        {m_threads, &DemoLoad::threads, &Scenario::threads},
        {m_perThread, &DemoLoad::perThread, &Scenario::perThread},
        {m_thinkMs, &DemoLoad::thinkMs, &Scenario::thinkMs},
        {m_pauseMs, &DemoLoad::pauseMs, &Scenario::pauseMs},
    };
    for (qsizetype i = 0; i < m_loadFields.size(); ++i) {
        connect(m_loadFields[i].box, &QSpinBox::valueChanged, this, [this, i] {
            if (!m_applying)
                m_loadFields[i].userSet = true;
        });
    }
    setScenario(defaults());
}

Scenario ParameterPanel::defaults() {
    Scenario scenario;
    scenario.threads = exercise::threads;
    scenario.perThread = exercise::reservationsPerThread;
    scenario.thinkMs = 30;
    scenario.pauseMs = 250;
    scenario.seed = 1;
    scenario.maxTries = 10;
    return scenario;
}

void ParameterPanel::setScenario(const Scenario& scenario) {
    const QScopedValueRollback applying(m_applying, true);
    m_threads->setValue(scenario.threads);
    m_perThread->setValue(scenario.perThread);
    m_thinkMs->setValue(scenario.thinkMs);
    m_pauseMs->setValue(scenario.pauseMs);
    m_seed->setValue(int(qMin<quint64>(scenario.seed, std::numeric_limits<int>::max())));
    m_maxTries->setValue(scenario.maxTries);
    for (LoadField& field : m_loadFields)
        field.userSet = field.box->value() != demoValue(field);
    updateEstimate();
}

void ParameterPanel::setDemoLoad(const DemoLoad& demo) {
    m_demo = demo;
    applyDemoLoad();
}

void ParameterPanel::resetLoad() {
    for (LoadField& field : m_loadFields)
        field.userSet = false;
    applyDemoLoad();
}

int ParameterPanel::demoValue(const LoadField& field) const {
    static const Scenario windowDefaults = defaults();
    return (m_demo.*field.demo).value_or(windowDefaults.*field.scenario);
}

void ParameterPanel::applyDemoLoad() {
    {
        const QScopedValueRollback applying(m_applying, true);
        for (const LoadField& field : std::as_const(m_loadFields)) {
            if (!field.userSet)
                field.box->setValue(demoValue(field));
        }
    }
    updateEstimate();
}

void ParameterPanel::setMaxTries(int tries) {
    const QScopedValueRollback applying(m_applying, true);
    m_maxTries->setValue(tries);
}

void ParameterPanel::fill(Scenario* scenario) const {
    scenario->threads = m_threads->value();
    scenario->perThread = m_perThread->value();
    scenario->thinkMs = m_thinkMs->value();
    scenario->pauseMs = m_pauseMs->value();
    scenario->seed = quint64(m_seed->value());
    scenario->maxTries = m_maxTries->value();
    scenario->durationMs = 0;
}

double ParameterPanel::expectedSeconds() const {
    return m_perThread->value() * (m_thinkMs->value() + m_pauseMs->value() + 1) / 1000.0;
}

QString ParameterPanel::describe() const {
    return tr("%1 workers × %2 reservations, think %3 ms, pause %4 ms")
        .arg(m_threads->value())
        .arg(m_perThread->value())
        .arg(m_thinkMs->value())
        .arg(m_pauseMs->value());
}

void ParameterPanel::applyTheme(const Theme& theme) {
    setFont(theme.font());
    for (QLabel* label : std::as_const(m_labels))
        label->setFont(theme.font());
    for (QSpinBox* box : {m_threads, m_perThread, m_thinkMs, m_pauseMs, m_seed, m_maxTries})
        box->setFont(theme.font());
    m_keepLoad->setFont(theme.font(0.9));
    m_estimate->setFont(theme.font(0.9));
}

QSpinBox* ParameterPanel::addSpinBox(const QString& name, int minimum, int maximum,
                                     const QString& suffix, const QString& toolTip) {
    auto* box = new QSpinBox(this);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    box->setToolTip(toolTip);
    box->setAccelerated(true);
    box->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(box, &QSpinBox::valueChanged, this, &ParameterPanel::updateEstimate);
    return box;
}

void ParameterPanel::updateEstimate() {
    const qint64 attempts = qint64(m_threads->value()) * m_perThread->value();
    const double seconds = expectedSeconds();
    QString text = tr("%n reservation(s) in all, about %1 s per run", nullptr, int(attempts))
                       .arg(QLocale().toString(seconds, 'f', 1));
    QStringList fromDemo;
    bool userSet = false;
    for (qsizetype i = 0; i < m_loadFields.size(); ++i) { // the fields are the first labels
        const LoadField& field = m_loadFields.at(i);
        userSet = userSet || field.userSet;
        if ((m_demo.*field.demo) && !field.userSet)
            fromDemo << m_labels.at(i)->text();
    }
    if (!fromDemo.isEmpty())
        text += u'\n' + tr("%1: this strategy's demonstration load").arg(fromDemo.join(u", "_s));
    if (m_keepLoad && m_keepLoad->isChecked() && userSet)
        text += u'\n' + tr("Your own load, kept at the next launch");
    m_estimate->setText(text);
    if (m_reset)
        m_reset->setEnabled(userSet);
    // Only a load of the user's own can be kept: the demo loads need no row of their own.
    if (m_keepLoad)
        m_keepLoad->setVisible(userSet || m_keepLoad->isChecked());
    Q_EMIT changed();
}

} // namespace seatsim
