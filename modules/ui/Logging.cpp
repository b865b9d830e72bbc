#include "ui/Logging.h"

namespace govops::ui {
Q_LOGGING_CATEGORY(lcUi, "govops.ui", QtInfoMsg)
} // namespace govops::ui
