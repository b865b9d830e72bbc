#pragma once

#include <QLoggingCategory>
#include <QString>

namespace govops::app {

Q_DECLARE_LOGGING_CATEGORY(lcApp)    // "govops.app": start-up, sign-in, shut-down
Q_DECLARE_LOGGING_CATEGORY(lcLayout) // "govops.app.layout": docks, saved layout, screens
Q_DECLARE_LOGGING_CATEGORY(lcLogin)  // "govops.app.login": profiles, keyring, connecting

// Starts the log: a rotating file (5 MB × 5) <directory>/govops.log, written at once from warnings up and every
// second otherwise, and routes Qt's messages (every category) into it, still echoing them on stderr.
// Returns the log file's path, or an empty string when the file could not be opened (then stderr only).
QString startLogging(const QString &directory);
void stopLogging();

} // namespace govops::app
