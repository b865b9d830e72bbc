#pragma once

#include <QString>
#include <QStringList>

namespace govops::app {

struct Options
{
    bool demo = false;        // embedded demo database, no login dialog
    QString profile;          // connection profile to preselect in the login dialog
    QString language;         // "zh_CN", "en", or empty: follow the system
    bool resetLayout = false; // forget the saved window layout
};

// Parses the command line; prints help, the version or an error and exits where the arguments ask for it.
Options parseCommandLine(const QStringList &arguments);

} // namespace govops::app
