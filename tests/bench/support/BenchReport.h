#pragma once

// The one output format of every benchmark (DESIGN.md "Benchmarks: one format"): a JSON object per line on stdout;
// and the timing helpers they share (thread CPU time, percentiles).

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>

namespace govops::bench {

// One line of the benchmark format (DESIGN.md): {"name":…,"value":…,"unit":…,"target":…,"n":…,"backend":…}
inline void report(const QJsonObject &line)
{
    std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

inline double seconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

inline int fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

// Median, 95th percentile and maximum of a series of timings in milliseconds.
struct Stats
{
    double median = 0;
    double p95 = 0;
    double max = 0;
};

inline Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    s.median = ms[ms.size() / 2];
    s.p95 = ms[std::min(ms.size() - 1, std::size_t(double(ms.size()) * 0.95))];
    s.max = ms.back();
    return s;
}

// One timed run: the calling thread's CPU time (what the work costs the GUI or watcher thread,
// unaffected by other processes on a busy machine) and the wall time, in milliseconds.
struct Timing
{
    double cpu = 0;
    double wall = 0;
};

inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

template <typename F> Timing timeMs(F &&f)
{
    const double c0 = threadCpuMs();
    const auto t0 = std::chrono::steady_clock::now();
    f();
    const auto t1 = std::chrono::steady_clock::now();
    const double c1 = threadCpuMs();
    return Timing{c1 - c0, std::chrono::duration<double, std::milli>(t1 - t0).count()};
}

} // namespace govops::bench
