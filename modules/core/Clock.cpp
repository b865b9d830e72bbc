#include "core/Clock.h"

namespace govops::core {

QDateTime SystemClock::now() const
{
    return QDateTime::currentDateTime();
}

} // namespace govops::core
