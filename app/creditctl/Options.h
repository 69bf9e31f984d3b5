#pragma once

#include <QString>
#include <QStringList>

// A tiny parser for "--name value" / "--name=value" / "--flag" options after a command's words.
class Options
{
public:
    // Returns false and sets error() when an option is unknown or lacks its value.
    bool parse(const QStringList& args, const QStringList& valued, const QStringList& flags);
    QStringList values(const QString& name) const;
    QString value(const QString& name) const { return values(name).value(0); }
    bool isSet(const QString& name) const;
    QStringList positional() const { return m_positional; }
    QString error() const { return m_error; }

private:
    QList<QPair<QString, QString>> m_values;
    QStringList m_flags;
    QStringList m_positional;
    QString m_error;
};
