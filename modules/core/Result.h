#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace govops::core {

// Errors are values: a failed query, a 401 or a malformed payload becomes an Error that travels to
// the place that tells the user what happened, and is logged once there.
struct Error
{
    enum class Code {
        Unavailable,    // the database or service cannot be reached; the write may be retried later
        Conflict,       // someone else changed the row meanwhile (version check failed)
        NotFound,
        Invalid,        // input refused: empty, oversized, illegal transition
        Forbidden,      // the role or department may not do this
        Schema,         // the database schema is older or newer than this program understands
        Malformed,      // an answer that does not parse
        Internal,
    };
    Code code = Code::Internal;
    QString message;    // for people: already translated, says what happened and what to do
    QString detail = {};     // for the log: driver text, endpoint, SQL state
};

// Either a value or an Error. C++20 has no std::expected; this is the small part of it we use.
template <typename T>
class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    // By value, so that `for (auto &x : f().value())` on a temporary Result keeps what it iterates alive.
    T value() && { return std::get<0>(std::move(m_v)); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// For operations that return nothing but may fail.
struct Done {};
using Status = Result<Done>;

} // namespace govops::core
