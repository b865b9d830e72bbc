#pragma once

// The one output format of every benchmark (DESIGN.md "Benchmarks: one format"): a JSON object per line on stdout.

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

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

} // namespace govops::bench
