#include "storage/SavedViewRepository.h"

#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::SavedViewRepository)
};
} // namespace

namespace govops::storage {

namespace {
constexpr int kNameLimit = 100;
constexpr int kDefinitionLimit = 20000;
} // namespace

core::Result<QList<SavedView>> SavedViewRepository::list(qint64 staffId)
{
    auto q =
        exec(m_db, u"SELECT id, staff_id, name, definition FROM saved_views WHERE staff_id = ? ORDER BY name, id"_s,
             {staffId}, Text::tr("Could not read the saved views"));
    if (!q)
        return q.error();
    QList<SavedView> views;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        views.append(
            SavedView{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(), r.value(3).toString()});
    }
    return views;
}

core::Result<SavedView> SavedViewRepository::save(const SavedView &v)
{
    if (auto s = checkText(Text::tr("The view's name"), v.name.trimmed(), kNameLimit, true); !s)
        return s.error();
    if (auto s = checkText(Text::tr("The view's definition"), v.definition, kDefinitionLimit); !s)
        return s.error();
    const Backend backend = backendOf(m_db);
    SavedView stored = v;
    stored.name = v.name.trimmed();
    if (stored.definition.isEmpty())
        stored.definition = u"{}"_s;
    // One statement: two consoles of the same person saving the same name cannot both insert.
    auto q = exec(m_db,
                  u"INSERT INTO saved_views (staff_id, name, definition) VALUES (?, ?, ?)"
                  " ON CONFLICT (staff_id, name) DO UPDATE SET definition = excluded.definition, updated_at = "_s +
                      nowSql(backend) + u" RETURNING id"_s,
                  {stored.staffId, stored.name, stored.definition}, Text::tr("Could not save the view"));
    if (!q)
        return q.error();
    q.value().next();
    stored.id = q.value().value(0).toLongLong();
    q.value().finish();
    return stored;
}

core::Status SavedViewRepository::remove(qint64 staffId, qint64 viewId)
{
    auto q = exec(m_db, u"DELETE FROM saved_views WHERE id = ? AND staff_id = ?"_s, {viewId, staffId},
                  Text::tr("Could not remove the view"));
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() < 1)
        return core::Error{core::Error::Code::NotFound, Text::tr("This view does not exist any more.")};
    return core::Done{};
}

} // namespace govops::storage
