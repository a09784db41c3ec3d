#include "window/countertiles.h"

#include "common/sqlstate.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace seatsim {

CounterTile::CounterTile(const QString& name, const QString& detail, const QString& toolTip,
                         Kind kind, QWidget* parent)
    : QFrame(parent)
    , m_nameText(name)
    , m_detailText(detail)
    , m_kind(kind) {
    m_value = new QLabel(u"0"_s, this);
    m_value->setAlignment(Qt::AlignCenter);
    m_value->setObjectName(u"value"_s);
    m_name = new QLabel(this);
    m_name->setTextFormat(Qt::RichText);
    m_name->setAlignment(Qt::AlignCenter);
    setToolTip(toolTip);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(0);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_name);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    placeDetail(Detail::Beside);
    restyle();
}

void CounterTile::placeDetail(Detail detail) {
    const QString text = u"<span style='font-weight:normal'>%1</span>"_s.arg(m_detailText);
    m_name->setText(m_detailText.isEmpty() || detail == Detail::Hidden
                        ? m_nameText
                        : m_nameText + (detail == Detail::Below ? u"<br>"_s : u" "_s) + text);
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

QString CounterTile::value() const {
    return m_value->text();
}

void CounterTile::applyTheme(const Theme& theme) {
    m_theme = theme;
    m_value->setFont(theme.font(theme.projector ? 1.5 : 2.0, true));
    m_name->setFont(theme.font(theme.projector ? 0.8 : 0.9, true));
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
                            const QString& toolTip, CounterTile::Kind kind) {
        auto* tile = new CounterTile(name, detail, toolTip, kind, this);
        tile->setObjectName(objectName);
        m_tiles.append(tile);
        return tile;
    };
    using K = CounterTile::Kind;
    m_drift = add(u"driftTile"_s, tr("drift"), {},
                  tr("free + occupied − capacity: seats that appeared or vanished"), K::Trouble);
    m_overbooked = add(u"overbookedTile"_s, tr("overbooked"), {},
                       tr("Sessions with more registrations than seats"), K::Trouble);
    m_deadlocks =
        add(u"deadlocksTile"_s, tr("deadlocks"), sqlstate::deadlock,
            tr("Tries that PostgreSQL ended as a deadlock victim (SQLSTATE 40P01)"), K::Trouble);
    m_serialization =
        add(u"serializationTile"_s, tr("serialization"), sqlstate::serializationFailure,
            tr("Serialization failures (SQLSTATE 40001), retried up to the max tries: how "
               "SERIALIZABLE works, not a fault"),
            K::Neutral);
    m_retries = add(u"retriesTile"_s, tr("retries"), {},
                    tr("Tries after the first one of a reservation"), K::Neutral);
    m_errors = add(u"errorsTile"_s, tr("other errors"), {},
                   tr("Other SQL or script errors, and commits of unknown outcome"), K::Trouble);
    m_waits = add(u"waitsTile"_s, tr("lock waits"), {},
                  tr("Lock waits seen during the run: a worker that started to wait for "
                     "another backend's lock, sampled about ten times a second"),
                  K::Neutral);
    m_throughput = add(u"throughputTile"_s, tr("attempts/s"), {},
                       tr("Reservation attempts per second"), K::Neutral);
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(6);
    arrange(4);
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
    m_waits->setValue(QLocale().toString(snapshot.monitor.waitsSeen), false);
    m_throughput->setValue(QLocale().toString(snapshot.attemptsPerSecond, 'f', 0), false);
}

void CounterTiles::setResult(const RunResult& result, qint64 waitsSeen) {
    setCounters(result.counters);
    setAudit(result.audit);
    m_waits->setValue(QLocale().toString(waitsSeen), false);
    m_throughput->setValue(QLocale().toString(result.attemptsPerSecond(), 'f', 0), false);
}

void CounterTiles::applyTheme(const Theme& theme) {
    m_projector = theme.projector;
    for (CounterTile* tile : std::as_const(m_tiles))
        tile->applyTheme(theme);
    arrange(columnsFor(width()));
}

void CounterTiles::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    arrange(columnsFor(width()));
}

int CounterTiles::columnsFor(int width) const {
    using Detail = CounterTile::Detail;
    const int all = int(m_tiles.size());
    const auto widest = [this](Detail detail) {
        int result = 0;
        for (CounterTile* tile : m_tiles) {
            tile->placeDetail(detail);
            result = qMax(result, tile->minimumSizeHint().width());
        }
        return result;
    };
    // Side by side, a tile is narrow and says its SQLSTATE below its name.
    const bool oneRow = width >= all * (widest(Detail::Below) + m_grid->spacing());
    const int columns = oneRow ? all : (all + 1) / 2;
    // In two rows beside its name where that fits ("Serialisierung 40001" may not); else on
    // the projector the room reads the numbers, and the event log (W) each SQLSTATE.
    Detail detail = Detail::Below;
    if (!oneRow && width >= columns * (widest(Detail::Beside) + m_grid->spacing()))
        detail = Detail::Beside;
    else if (!oneRow && m_projector)
        detail = Detail::Hidden;
    for (CounterTile* tile : m_tiles)
        tile->placeDetail(detail);
    return columns;
}

void CounterTiles::arrange(int columns) {
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (CounterTile* tile : std::as_const(m_tiles))
        m_grid->removeWidget(tile);
    for (int i = 0; i < m_tiles.size(); ++i)
        m_grid->addWidget(m_tiles.at(i), i / columns, i % columns);
}

void CounterTiles::setCounters(const RunCounters& counters) {
    const auto number = [](qint64 value) {
        return QLocale().toString(value);
    };
    m_deadlocks->setValue(number(counters.deadlocks), counters.deadlocks > 0);
    m_serialization->setValue(number(counters.serializationFailures), false);
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
