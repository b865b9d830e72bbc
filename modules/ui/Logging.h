#pragma once

#include <QLoggingCategory>

namespace govops::ui {
Q_DECLARE_LOGGING_CATEGORY(lcUi) // "govops.ui"
} // namespace govops::ui
