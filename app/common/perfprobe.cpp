#include "common/perfprobe.h"

#include <QEvent>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace seatsim {

namespace {

QElapsedTimer& processClock() {
    static QElapsedTimer clock;
    return clock;
}

double percentileMs(const std::array<std::uint32_t, 10000>& lags, qint64 count, double p) {
    if (count == 0)
        return 0;
    const qint64 rank = qMax<qint64>(1, qint64(p * double(count) + 0.5));
    qint64 seen = 0;
    for (size_t i = 0; i < lags.size(); ++i) {
        seen += lags[i];
        if (seen >= rank)
            return double(i + 1) / 10.0; // upper edge of the 0.1 ms bucket
    }
    return double(lags.size()) / 10.0;
}

} // namespace

bool PerfProbe::enabledByEnvironment() {
    const QByteArray value = qgetenv("SEATSIM_PROBE");
    return !value.isEmpty() && value != "0";
}

void PerfProbe::markProcessStart() {
    processClock().start();
}

qint64 PerfProbe::processAgeMs() {
    if (processClock().isValid())
        return processClock().elapsed();
    // Field 22 of /proc/self/stat: start time in clock ticks after boot; the command name in
    // field 2 may contain spaces, so count from its closing parenthesis.
    QFile stat(u"/proc/self/stat"_s);
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startSeconds = fields[19].toDouble() / double(sysconf(_SC_CLK_TCK));
    timespec now{};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double uptime = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    return qint64((uptime - startSeconds) * 1000.0);
}

qint64 PerfProbe::residentKb() {
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // Files in /proc report a size of 0, so read until the end instead of testing atEnd().
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong();
    }
    return 0;
}

PerfProbe::PerfProbe(QObject* parent)
    : QObject(parent) {
    m_ticker.setTimerType(Qt::PreciseTimer);
    m_ticker.setInterval(tickMs);
    connect(&m_ticker, &QTimer::timeout, this, &PerfProbe::tick);
    m_reporter.setInterval(reportIntervalMs);
    connect(&m_reporter, &QTimer::timeout, this, &PerfProbe::report);
}

PerfProbe::~PerfProbe() {
    if (!m_started)
        return;
    const QString line = u"probe total: "_s + describe(total()) + u'\n';
    fputs(line.toUtf8().constData(), stderr);
    fflush(stderr);
}

void PerfProbe::start() {
    m_clock.start();
    m_started = true;
    m_interval = Window{};
    m_total = Window{};
    m_dueUs = qint64(tickMs) * 1000;
    m_ticker.start();
    m_reporter.start();
}

void PerfProbe::watchWindow(QObject* window) {
    m_window = window;
    if (window)
        window->installEventFilter(this);
}

void PerfProbe::watchRefreshes(QObject* view) {
    m_view = view;
    if (!view)
        return;
    view->installEventFilter(this);
    // A QAbstractScrollArea (QChartView, QGraphicsView) paints in its viewport, a child
    // widget without a name in a QGraphicsView; the scroll bar containers are not frames.
    for (QObject* child : view->children()) {
        if (child->isWidgetType() && !child->objectName().startsWith("qt_scrollarea_"_L1))
            child->installEventFilter(this);
    }
}

void PerfProbe::frameRendered() {
    ++m_interval.frames;
    ++m_total.frames;
}

bool PerfProbe::eventFilter(QObject* watched, QEvent* event) {
    if (event->type() == QEvent::Paint) {
        if (watched == m_window && m_timeToVisibleMs < 0)
            m_timeToVisibleMs = processAgeMs();
        if (watched == m_view || (m_view && watched->parent() == m_view))
            frameRendered();
    }
    return false;
}

void PerfProbe::record(Window* window, qint64 lagUs) {
    const size_t bucket = std::min<size_t>(size_t(lagUs / 100), window->lags.size() - 1);
    ++window->lags[bucket];
    ++window->ticks;
    window->maxLagUs = qMax(window->maxLagUs, lagUs);
}

// A repeating QTimer is due every tickMs after start; how late it fires is the time the event
// loop spent on other work (or the time the thread did not get a CPU).
void PerfProbe::tick() {
    const qint64 nowUs = m_clock.nsecsElapsed() / 1000;
    const qint64 lagUs = qMax<qint64>(0, nowUs - m_dueUs);
    record(&m_interval, lagUs);
    record(&m_total, lagUs);
    // A late timer does not fire twice to catch up: the next tick is due one interval after now.
    m_dueUs = qMax(m_dueUs, nowUs) + qint64(tickMs) * 1000;
}

PerfProbe::Figures PerfProbe::figures(const Window& window, qint64 nowMs) const {
    Figures f;
    f.ticks = window.ticks;
    f.lagP50Ms = percentileMs(window.lags, window.ticks, 0.50);
    f.lagP99Ms = percentileMs(window.lags, window.ticks, 0.99);
    f.lagMaxMs = double(window.maxLagUs) / 1000.0;
    f.frames = window.frames;
    f.seconds = double(nowMs - window.startMs) / 1000.0;
    f.framesPerSecond = f.seconds > 0 ? double(window.frames) / f.seconds : 0;
    f.timeToVisibleMs = m_timeToVisibleMs;
    f.residentKb = residentKb();
    return f;
}

PerfProbe::Figures PerfProbe::interval() const {
    return figures(m_interval, m_clock.isValid() ? m_clock.elapsed() : 0);
}

PerfProbe::Figures PerfProbe::total() const {
    return figures(m_total, m_clock.isValid() ? m_clock.elapsed() : 0);
}

QString PerfProbe::describe(const Figures& f) {
    return u"%1 s, event-loop lag p50 %2 ms p99 %3 ms max %4 ms, %5 refreshes/s, "
           "visible after %6 ms, %7 MB resident"_s.arg(f.seconds, 0, 'f', 1)
               .arg(f.lagP50Ms, 0, 'f', 1)
               .arg(f.lagP99Ms, 0, 'f', 1)
               .arg(f.lagMaxMs, 0, 'f', 1)
               .arg(f.framesPerSecond, 0, 'f', 1)
               .arg(f.timeToVisibleMs)
               .arg(double(f.residentKb) / 1024.0, 0, 'f', 1);
}

void PerfProbe::report() {
    const QString line = u"probe: "_s + describe(interval()) + u'\n';
    fputs(line.toUtf8().constData(), stderr);
    fflush(stderr);
    m_interval = Window{};
    m_interval.startMs = m_clock.elapsed();
}

} // namespace seatsim
