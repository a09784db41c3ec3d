#include "countertiles.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seatsim {

CounterTile::CounterTile(const QString& name, const QString& detail, Kind kind, QWidget* parent)
    : QFrame(parent)
    , m_kind(kind) {
    m_value = new QLabel(u"0"_s, this);
    m_value->setAlignment(Qt::AlignCenter);
    m_value->setObjectName(u"value"_s);
    m_name = new QLabel(detail.isEmpty()
                            ? name
                            : u"%1 <span style='font-weight:normal'>%2</span>"_s.arg(name, detail),
                        this);
    m_name->setTextFormat(Qt::RichText);
    m_name->setAlignment(Qt::AlignCenter);
    m_name->setWordWrap(true);
    setToolTip(detail.isEmpty() ? name : u"%1 (%2)"_s.arg(name, detail));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(0);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_name);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    restyle();
}

void CounterTile::setValue(const QString& text, bool alarming) {
    if (m_value->text() == text && m_alarming == alarming)
        return;
    m_value->setText(text);
    if (m_alarming != alarming) {
        m_alarming = alarming;
        restyle();
    }
}

QString CounterTile::valueText() const {
    return m_value->text();
}

void CounterTile::applyTheme(const Theme& theme) {
    m_theme = theme;
    m_value->setFont(theme.font(2.2, true));
    m_name->setFont(theme.font(0.85, true));
    restyle();
}

void CounterTile::restyle() {
    QColor background = QColor(0xF2, 0xF2, 0xF2);
    QColor foreground = m_theme.text();
    QColor border = m_theme.projector ? QColor(0x60, 0x60, 0x60) : QColor(0xC8, 0xC8, 0xC8);
    if (m_alarming && m_kind == Kind::Trouble) {
        background = m_theme.bad();
        foreground = Qt::white;
        border = background.darker(130);
    }
    setStyleSheet(
        u"seatsim--CounterTile { background: %1; border: %4px solid %3; border-radius: 6px; }"
        "QLabel { color: %2; background: transparent; }"_s
            .arg(background.name(), foreground.name(), border.name())
            .arg(m_theme.projector ? 2 : 1));
}

CounterTiles::CounterTiles(QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"counterTiles"_s);
    const auto add = [this](const QString& objectName, const QString& name, const QString& detail,
                            CounterTile::Kind kind) {
        auto* tile = new CounterTile(name, detail, kind, this);
        tile->setObjectName(objectName);
        m_tiles.append(tile);
        return tile;
    };
    using K = CounterTile::Kind;
    m_drift = add(u"driftTile"_s, tr("drift"), tr("free + occ. − capacity"), K::Trouble);
    m_overbooked = add(u"overbookedTile"_s, tr("overbooked"), tr("sessions"), K::Trouble);
    m_deadlocks = add(u"deadlocksTile"_s, tr("deadlocks"), u"40P01"_s, K::Trouble);
    m_serialization = add(u"serializationTile"_s, tr("serialization"), u"40001"_s, K::Trouble);
    m_retries = add(u"retriesTile"_s, tr("retries"), {}, K::Neutral);
    m_errors = add(u"errorsTile"_s, tr("other errors"), {}, K::Trouble);
    m_waits = add(u"waitsTile"_s, tr("lock waits"), tr("now"), K::Neutral);
    m_throughput = add(u"throughputTile"_s, tr("attempts/s"), {}, K::Neutral);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    for (int i = 0; i < m_tiles.size(); ++i)
        grid->addWidget(m_tiles.at(i), i / 4, i % 4);
    clear();
}

void CounterTiles::clear() {
    for (CounterTile* tile : std::as_const(m_tiles))
        tile->setValue(u"0"_s, false);
    m_drift->setValue(u"–"_s, false);
    m_overbooked->setValue(u"–"_s, false);
}

void CounterTiles::setSnapshot(const Snapshot& snapshot) {
    setCounters(snapshot.counters);
    setAudit(snapshot.monitor.audit);
    m_waits->setValue(QString::number(snapshot.monitor.waits.size()), false);
    m_throughput->setValue(QLocale().toString(snapshot.attemptsPerSecond, 'f', 0), false);
}

void CounterTiles::setResult(const RunResult& result) {
    setCounters(result.counters);
    setAudit(result.audit);
    m_waits->setValue(u"0"_s, false);
    m_throughput->setValue(QLocale().toString(result.attemptsPerSecond(), 'f', 0), false);
}

void CounterTiles::applyTheme(const Theme& theme) {
    for (CounterTile* tile : std::as_const(m_tiles))
        tile->applyTheme(theme);
}

CounterTile* CounterTiles::tile(const QString& objectName) const {
    for (CounterTile* tile : m_tiles) {
        if (tile->objectName() == objectName)
            return tile;
    }
    return nullptr;
}

void CounterTiles::setCounters(const RunCounters& counters) {
    const auto number = [](qint64 value) {
        return QLocale().toString(value);
    };
    m_deadlocks->setValue(number(counters.deadlocks), counters.deadlocks > 0);
    m_serialization->setValue(number(counters.serializationFailures),
                              counters.serializationFailures > 0);
    m_retries->setValue(number(counters.retries), counters.retries > 0);
    const qint64 errors = counters.otherErrors + counters.unknownOutcomes;
    m_errors->setValue(number(errors), errors > 0);
}

void CounterTiles::setAudit(const std::optional<Audit>& audit) {
    if (!audit)
        return;
    const int drift = audit->drift();
    const QString text = drift > 0   ? u"+%1"_s.arg(drift)
                         : drift < 0 ? u"\u2212%1"_s.arg(-drift)
                                     : u"0"_s;
    m_drift->setValue(text, drift != 0);
    const auto overbooked = audit->overbookedSessions().size();
    m_overbooked->setValue(QString::number(overbooked), overbooked > 0);
}

} // namespace seatsim
