#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <array>
#include <cstdint>

namespace seatsim {

// Measures what a lecture hall notices: how late the event loop of the thread it lives in runs
// (lag of a 10 ms timer against its due time), how often the charts repaint, how long the
// window took to become visible, and the resident memory. Logs a line every few seconds to
// stderr and a summary when destroyed. Enabled with SEATSIM_PROBE=1; costs nothing otherwise.
class PerfProbe : public QObject {
    Q_OBJECT
public:
    static constexpr int tickMs = 10;
    static constexpr int reportIntervalMs = 5000;

    struct Figures {
        qint64 ticks = 0;
        double lagP50Ms = 0;
        double lagP99Ms = 0;
        double lagMaxMs = 0;
        qint64 frames = 0;
        double framesPerSecond = 0;
        double seconds = 0;
        qint64 timeToVisibleMs = -1; // -1: no watched window was painted yet
        qint64 residentKb = 0;
    };

    // True when the environment variable SEATSIM_PROBE is set to something other than 0.
    static bool enabledByEnvironment();
    // Call first thing in main() for an exact time-to-visible; without it the probe uses the
    // process start time from /proc (10 ms resolution).
    static void markProcessStart();
    static qint64 processAgeMs();
    static qint64 residentKb(); // VmRSS of this process

    explicit PerfProbe(QObject* parent = nullptr);
    ~PerfProbe() override; // prints the summary of the whole run

    void start();
    // The first paint of `window` (or a child) marks the time to visible.
    void watchWindow(QObject* window);
    // Every paint of `view` or its viewport counts as one refresh (e.g. a QChartView).
    void watchRefreshes(QObject* view);

    Figures interval() const; // since the last report line
    Figures total() const;    // since start()
    static QString describe(const Figures& figures);

public Q_SLOTS:
    // For views that are not watched: call once per rendered frame.
    void frameRendered();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    // Lag histogram: 0.1 ms buckets up to 1 s; later ones land in the last bucket.
    using Histogram = std::array<std::uint32_t, 10000>;
    struct Window {
        Histogram lags{};
        qint64 ticks = 0;
        qint64 maxLagUs = 0;
        qint64 frames = 0;
        qint64 startMs = 0;
    };

    void tick();
    void report();
    Figures figures(const Window& window, qint64 nowMs) const;
    static void record(Window* window, qint64 lagUs);

    QTimer m_ticker;
    QTimer m_reporter;
    QElapsedTimer m_clock;
    qint64 m_dueUs = 0;
    Window m_interval;
    Window m_total;
    QObject* m_window = nullptr;
    QObject* m_view = nullptr;
    qint64 m_timeToVisibleMs = -1;
    bool m_started = false;
};

} // namespace seatsim
