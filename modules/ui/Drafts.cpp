#include "ui/Drafts.h"

#include "ui/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::ui::Drafts)
};
} // namespace

namespace govops::ui {

Drafts::Drafts(QString directory) : m_directory(std::move(directory)) {}

QString Drafts::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"drafts"_s);
}

QString Drafts::key(const QString &form, qint64 ticketId)
{
    return ticketId == 0 ? form : form + u'-' + QString::number(ticketId);
}

QString Drafts::fileOf(const QString &key) const
{
    QString safe;
    for (const QChar c : key.toLower())
        safe.append((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' ? c : u'_');
    return QDir(m_directory).filePath(safe + u".json"_s);
}

std::optional<QJsonObject> Drafts::load(const QString &key) const
{
    QFile file(fileOf(key));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qCWarning(ui::lcUi) << "ignoring an unreadable draft" << file.fileName() << error.errorString();
        return std::nullopt;
    }
    return doc.object();
}

core::Status Drafts::save(const QString &key, const QJsonObject &fields)
{
    const QString path = fileOf(key);
    if (!QDir().mkpath(m_directory))
        return core::Error{core::Error::Code::Unavailable,
                           Text::tr("Your draft could not be kept: the folder %1 cannot be created.")
                               .arg(QDir::toNativeSeparators(m_directory)),
                           u"mkpath failed: "_s + m_directory};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(fields).toJson(QJsonDocument::Compact)) < 0 ||
        !file.commit())
        return core::Error{core::Error::Code::Unavailable,
                           Text::tr("Your draft could not be kept in %1.").arg(QDir::toNativeSeparators(path)),
                           file.errorString()};
    return core::Done{};
}

void Drafts::remove(const QString &key)
{
    QFile::remove(fileOf(key));
}

bool Drafts::contains(const QString &key) const
{
    return QFile::exists(fileOf(key));
}

} // namespace govops::ui
