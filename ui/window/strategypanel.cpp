#include "window/strategypanel.h"

#include "settings/language.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {
constexpr int strategyRole = Qt::UserRole + 1;

QString shortcutKey(int index) {
    if (index < 9)
        return QString::number(index + 1);
    if (index == 9)
        return u"0"_s;
    return {};
}
} // namespace

StrategyPanel::StrategyPanel(QWidget* parent)
    : QWidget(parent) {
    m_broken = new QPushButton(this);
    m_broken->setObjectName(u"brokenButton"_s);
    m_broken->setCheckable(true);
    m_safe = new QPushButton(this);
    m_safe->setObjectName(u"safeButton"_s);
    m_safe->setCheckable(true);
    for (QPushButton* button : {m_broken, m_safe}) {
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        button->setMinimumHeight(48);
    }
    connect(m_broken, &QPushButton::clicked, this, &StrategyPanel::selectBroken);
    connect(m_safe, &QPushButton::clicked, this, &StrategyPanel::selectSafe);

    m_combo = new QComboBox(this);
    m_combo->setObjectName(u"strategyCombo"_s);
    m_combo->setModel(new QStandardItemModel(m_combo));
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(m_combo, &QComboBox::activated, this, [this](int row) {
        const QVariant index = m_combo->itemData(row, strategyRole);
        if (index.isValid())
            selectIndex(index.toInt());
    });

    // An icon, so that the catalogue's longest title has the row to itself.
    m_open = new QToolButton(this);
    m_open->setObjectName(u"openStrategyButton"_s);
    m_open->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    m_open->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_open->setToolTip(tr("Open a strategy script from a file (Ctrl+O)"));
    connect(m_open, &QToolButton::clicked, this, &StrategyPanel::openFileRequested);

    m_title = new QLabel(this);
    m_title->setObjectName(u"strategyTitle"_s);
    m_title->setWordWrap(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"strategySummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(u"strategyError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto* toggle = new QHBoxLayout;
    toggle->setSpacing(0);
    toggle->addWidget(m_broken);
    toggle->addWidget(m_safe);
    auto* pick = new QHBoxLayout;
    pick->addWidget(m_combo, 1);
    pick->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(toggle);
    layout->addLayout(pick);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    applyTheme(m_theme);
}

void StrategyPanel::setStrategies(const QList<StrategyScript>& strategies) {
    m_strategies = strategies;
    m_current = -1;
    m_lastBroken = firstOfKind(StrategyScript::Kind::Broken);
    m_lastSafe = firstOfKind(StrategyScript::Kind::Safe);
    rebuildCombo();
    selectIndex(m_lastBroken >= 0 ? m_lastBroken : 0);
}

void StrategyPanel::addStrategy(const StrategyScript& script) {
    int index = -1;
    for (int i = 0; i < m_strategies.size(); ++i) {
        if (m_strategies.at(i).fileName() == script.fileName())
            index = i;
    }
    if (index >= 0) {
        m_strategies[index] = script;
    } else {
        m_strategies.append(script);
        index = int(m_strategies.size()) - 1;
    }
    rebuildCombo();
    m_current = -1;
    selectIndex(index);
}

bool StrategyPanel::selectIndex(int index) {
    if (index < 0 || index >= m_strategies.size())
        return false;
    const bool changed = index != m_current;
    m_current = index;
    const StrategyScript& script = m_strategies.at(index);
    if (script.kind() == StrategyScript::Kind::Broken)
        m_lastBroken = index;
    else if (script.kind() == StrategyScript::Kind::Safe)
        m_lastSafe = index;
    m_error->clear();
    m_error->hide();
    for (int row = 0; row < m_combo->count(); ++row) {
        if (m_combo->itemData(row, strategyRole) == index)
            m_combo->setCurrentIndex(row);
    }
    updateDetails();
    if (changed)
        Q_EMIT currentChanged(script);
    return true;
}

bool StrategyPanel::selectId(const QString& id) {
    for (int i = 0; i < m_strategies.size(); ++i) {
        if (m_strategies.at(i).id() == id)
            return selectIndex(i);
    }
    return false;
}

StrategyScript StrategyPanel::current() const {
    return m_current >= 0 ? m_strategies.at(m_current) : StrategyScript();
}

void StrategyPanel::selectBroken() {
    if (m_lastBroken >= 0)
        selectIndex(m_lastBroken);
    updateDetails();
}

void StrategyPanel::selectSafe() {
    if (m_lastSafe >= 0)
        selectIndex(m_lastSafe);
    updateDetails();
}

void StrategyPanel::setSelectionEnabled(bool enabled) {
    m_combo->setEnabled(enabled);
    m_open->setEnabled(enabled);
    m_broken->setEnabled(enabled && m_lastBroken >= 0);
    m_safe->setEnabled(enabled && m_lastSafe >= 0);
    m_selectionEnabled = enabled;
}

void StrategyPanel::showError(const QString& message) {
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString StrategyPanel::errorText() const {
    return m_error->text();
}

void StrategyPanel::applyTheme(const Theme& theme) {
    m_theme = theme;
    for (QPushButton* button : {m_broken, m_safe}) {
        button->setFont(theme.font(theme.projector ? 0.95 : 1.1, true));
        // On the projector in proportion to the type: the rows they free go to the SQL.
        button->setMinimumHeight(theme.projector ? QFontMetrics(button->font()).height() * 8 / 5
                                                 : 48);
    }
    m_combo->setFont(theme.font(1.05));
    m_open->setFont(theme.font());
    // On the projector the keys 1–9, 0 and the two buttons pick; the title below says which.
    m_combo->setVisible(!theme.projector);
    m_open->setVisible(!theme.projector);
    // …and the room reads the code, while the lecturer tells the story (the tooltip has it).
    m_summary->setVisible(!theme.projector);
    m_title->setFont(theme.font(theme.projector ? 1.15 : 1.3, true));
    m_summary->setFont(theme.font(1.0));
    m_error->setFont(theme.font(1.0, true));
    m_error->setStyleSheet(
        u"QLabel { color: white; background: %1; padding: 6px; }"_s.arg(theme.bad().name()));
    const auto segment = [&theme](const QColor& color, bool left) {
        const QString radius =
            left ? u"border-top-left-radius: 6px; border-bottom-left-radius: 6px;"_s
                 : u"border-top-right-radius: 6px; border-bottom-right-radius: 6px;"_s;
        return u"QPushButton { color: %1; background: white; border: %4px solid %1; %2 padding: "
               u"4px 4px; }"
               "QPushButton:checked { color: white; background: %1; }"
               "QPushButton:hover:!checked { background: %3; }"_s
                   .arg(color.name(), radius, color.lighter(190).name())
                   .arg(theme.projector ? 3 : 2);
    };
    m_broken->setStyleSheet(segment(theme.bad(), true));
    m_safe->setStyleSheet(segment(theme.good(), false));
    updateDetails();
}

void StrategyPanel::rebuildCombo() {
    auto* model = static_cast<QStandardItemModel*>(m_combo->model());
    model->clear();
    const QString lang = strategyLanguage();
    const auto addGroup = [&](const QString& header, StrategyScript::Kind kind) {
        bool first = true;
        for (int i = 0; i < m_strategies.size(); ++i) {
            if (m_strategies.at(i).kind() != kind)
                continue;
            if (first) {
                auto* item = new QStandardItem(header);
                item->setFlags(Qt::NoItemFlags);
                QFont font = m_combo->font();
                font.setBold(true);
                item->setFont(font);
                model->appendRow(item);
                first = false;
            }
            const QString key = shortcutKey(i);
            const QString title = m_strategies.at(i).title(lang);
            auto* item = new QStandardItem(key.isEmpty() ? u"    %1"_s.arg(title)
                                                         : u" %1  %2"_s.arg(key, title));
            item->setData(i, strategyRole);
            item->setToolTip(m_strategies.at(i).fileName());
            model->appendRow(item);
        }
    };
    addGroup(tr("✗ Broken"), StrategyScript::Kind::Broken);
    addGroup(tr("✓ Transactional / safe"), StrategyScript::Kind::Safe);
    addGroup(tr("Other scripts"), StrategyScript::Kind::Unspecified);
}

void StrategyPanel::updateDetails() {
    const QString lang = strategyLanguage();
    // The title of the strategy a click brings is the tooltip: on the button it would not fit.
    const auto label = [&](QPushButton* button, const QString& group, int index) {
        button->setText(group);
        button->setToolTip(
            index >= 0
                ? tr("%1 (key %2)").arg(m_strategies.at(index).title(lang), shortcutKey(index))
                : QString());
    };
    label(m_broken, tr("✗  Broken"), m_lastBroken);
    label(m_safe, tr("✓  Transactional"), m_lastSafe);
    m_broken->setEnabled(m_selectionEnabled && m_lastBroken >= 0);
    m_safe->setEnabled(m_selectionEnabled && m_lastSafe >= 0);
    const StrategyScript script = current();
    m_broken->setChecked(!script.isNull() && script.kind() == StrategyScript::Kind::Broken);
    m_safe->setChecked(!script.isNull() && script.kind() == StrategyScript::Kind::Safe);
    if (script.isNull()) {
        m_title->setText(tr("No strategy"));
        m_summary->clear();
        return;
    }
    m_title->setText(script.title(lang));
    m_title->setToolTip(script.summary(lang));
    m_summary->setText(script.summary(lang));
}

int StrategyPanel::firstOfKind(StrategyScript::Kind kind) const {
    for (int i = 0; i < m_strategies.size(); ++i) {
        if (m_strategies.at(i).kind() == kind)
            return i;
    }
    return -1;
}

} // namespace seatsim
