#pragma once

// Storage names of core's enumerations: each enum lists its names in an array in declaration order, and these
// turn a value into its name and back. Internal to modules/core.

#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace govops::core::detail {

template <typename E, std::size_t N> QString enumName(const std::array<const char16_t *, N> &names, E v)
{
    const auto i = static_cast<std::size_t>(v);
    return i < N ? QString::fromUtf16(names[i]) : QString();
}

template <typename E, std::size_t N>
std::optional<E> enumFromName(const std::array<const char16_t *, N> &names, QStringView s)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (s == QStringView(names[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <typename E, std::size_t N> QList<E> enumValues(const std::array<const char16_t *, N> &)
{
    QList<E> out;
    out.reserve(qsizetype(N));
    for (std::size_t i = 0; i < N; ++i)
        out.append(static_cast<E>(i));
    return out;
}

} // namespace govops::core::detail
