#pragma once

#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace govops::storage {

// A queue view a person saved under a name: the JSON of a TicketFilter (toJson(TicketFilter)) and the sort.
struct SavedView
{
    qint64 id = 0;
    qint64 staffId = 0;
    QString name;
    QString definition; // JSON text of a TicketFilter + sort
};

// Each person's saved queue views (saved_views), unique by (staff, name). They are a person's own display
// settings, not records of work: no version check and no audit row. Use on the Database worker thread.
class SavedViewRepository
{
public:
    explicit SavedViewRepository(QSqlDatabase &db) : m_db(db) {}

    // The person's views, by name.
    core::Result<QList<SavedView>> list(qint64 staffId);
    // Inserts, or replaces the definition of the person's view of the same name; returns the stored view.
    core::Result<SavedView> save(const SavedView &v);
    // Removes one of the person's views; Code::NotFound if the person has no view of that id.
    core::Status remove(qint64 staffId, qint64 viewId);

private:
    QSqlDatabase &m_db;
};

} // namespace govops::storage
