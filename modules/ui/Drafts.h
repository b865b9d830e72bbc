#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace govops::ui {

// What a person has typed into a form and not yet saved, one small JSON file per draft key, so that it
// survives a crash, an outage or a closed dialog. A key names the form and the ticket ("comment-42",
// "new-ticket"); the dialog that saves successfully removes its draft. No widgets: testable on its own.
class Drafts
{
public:
    explicit Drafts(QString directory = defaultDirectory());

    // <AppDataLocation>/drafts
    static QString defaultDirectory();
    // "comment" + 42 -> "comment-42"; ticket 0 -> "comment". Only [a-z0-9-] reach the file name.
    static QString key(const QString &form, qint64 ticketId = 0);

    const QString &directory() const { return m_directory; }
    std::optional<QJsonObject> load(const QString &key) const;        // nullopt: none (or unreadable)
    core::Status save(const QString &key, const QJsonObject &fields); // written whole or not at all
    void remove(const QString &key);
    bool contains(const QString &key) const;

private:
    QString fileOf(const QString &key) const;

    QString m_directory;
};

} // namespace govops::ui
