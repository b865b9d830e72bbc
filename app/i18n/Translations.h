#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace govops::app {

// The --lang value alone, read before the translators exist (so that --help can be translated).
QString requestedLanguage(const QStringList &arguments);

// The console speaks zh_CN and en. An explicit request (--lang) wins; otherwise Chinese on a Chinese system.
QString chooseLanguage(const QString &requested, const QLocale &system);

// Installs Qt's own translation (qtbase_<lang>.qm from Qt's translations folder) and the console's
// (govops_<lang>.qm, embedded under :/i18n/), and makes <lang> the default locale.
void installTranslators(QCoreApplication &app, const QString &language);

} // namespace govops::app
