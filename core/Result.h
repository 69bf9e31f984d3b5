#pragma once

#include <QString>
#include <optional>
#include <utility>

// What went wrong, for the officer (message, translated) and for the log (detail).
struct Error
{
    enum class Kind
    {
        Invalid, // the input was rejected: nothing was written
        NotFound,
        Conflict, // someone else changed the data first
        Denied, // the user may not do this
        Storage, // the database failed
        Environment, // files, fonts, locks, the machine
    };

    Kind kind = Kind::Invalid;
    QString message;
    QString detail;

    static Error invalid(const QString& message, const QString& detail = {})
    {
        return {Kind::Invalid, message, detail};
    }
    static Error notFound(const QString& message, const QString& detail = {})
    {
        return {Kind::NotFound, message, detail};
    }
    static Error conflict(const QString& message, const QString& detail = {})
    {
        return {Kind::Conflict, message, detail};
    }
    static Error denied(const QString& message, const QString& detail = {}) { return {Kind::Denied, message, detail}; }
    static Error storage(const QString& message, const QString& detail = {})
    {
        return {Kind::Storage, message, detail};
    }
    static Error environment(const QString& message, const QString& detail = {})
    {
        return {Kind::Environment, message, detail};
    }

    // The message and, when there is one, the technical detail in brackets.
    QString fullText() const { return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + u')'; }
};

// A value or an Error. Callers must look at it: the type is [[nodiscard]].
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_value(std::move(value))
    { }
    Result(Error error)
        : m_error(std::move(error))
    { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T& value() & { return *m_value; }
    const T& value() const& { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    T* operator->() { return &*m_value; }
    const T* operator->() const { return &*m_value; }
    T& operator*() & { return *m_value; }
    const T& operator*() const& { return *m_value; }

    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_failed(true)
        , m_error(std::move(error))
    { }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;
