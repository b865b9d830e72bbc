// seed_sqlite: 100,000 generated tickets into the console's embedded SQLite database, target 5 s.
#include "BenchReport.h"
#include "TimedSeed.h"
#include "storage/Connection.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace govops;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr qint64 n = 100'000;
    QTemporaryDir dir;
    const auto url = storage::DatabaseUrl::sqlite(dir.filePath(u"bench.db"_s));
    {
        auto opened = storage::openConnection(url, {}, u"bench"_s);
        if (!opened)
            return bench::fail(opened.error().message);
        QSqlDatabase db = opened.value();
        const auto value = bench::timedBulkSeed(db, n);
        if (!value)
            return bench::fail(value.error().message);
        bench::report({{u"name"_s, u"seed_sqlite"_s},
                       {u"value"_s, std::round(value.value() * 100) / 100},
                       {u"unit"_s, u"s"_s},
                       {u"target"_s, 5},
                       {u"n"_s, n},
                       {u"backend"_s, u"sqlite"_s}});
    }
    storage::closeConnection(u"bench"_s);
    return 0;
}
