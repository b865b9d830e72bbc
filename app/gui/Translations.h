#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace govops::app {

// The console speaks zh_CN and en. An explicit request (--lang) wins; otherwise Chinese on a Chinese system.
QString chooseLanguage(const QString &requested, const QLocale &system);

// Installs Qt's own translation (qtbase_<lang>.qm from Qt's translations folder) and the console's
// (govops_<lang>.qm, embedded under :/i18n/), and makes <lang> the default locale.
void installTranslators(QCoreApplication &app, const QString &language);

} // namespace govops::app
