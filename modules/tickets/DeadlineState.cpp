#include "tickets/DeadlineState.h"

namespace govops::tickets {

DeadlineState deadlineState(qint64 secondsLeft)
{
    if (secondsLeft < 0)
        return DeadlineState::Breached;
    return secondsLeft <= WarningSeconds ? DeadlineState::Warning : DeadlineState::Ok;
}

} // namespace govops::tickets
