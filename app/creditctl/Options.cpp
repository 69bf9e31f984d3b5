#include "Options.h"

#include <QCoreApplication>

bool Options::parse(const QStringList& args, const QStringList& valued, const QStringList& flags)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& word = args.at(i);
        if (!word.startsWith(QLatin1String("--")) || word == QLatin1String("--")) {
            m_positional << word;
            continue;
        }
        QString name = word.mid(2);
        QString value;
        bool inlineValue = false;
        if (const auto eq = name.indexOf(u'='); eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (flags.contains(name) && !inlineValue) {
            m_flags << name;
        } else if (valued.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    m_error = QCoreApplication::translate("Cli", "The option --%1 needs a value.").arg(name);
                    return false;
                }
                value = args.at(++i);
            }
            m_values.append({name, value});
        } else {
            m_error = QCoreApplication::translate("Cli", "Unknown option --%1.").arg(name);
            return false;
        }
    }
    return true;
}

QStringList Options::values(const QString& name) const
{
    QStringList list;
    for (const auto& [key, value] : m_values) {
        if (key == name)
            list << value;
    }
    return list;
}

bool Options::isSet(const QString& name) const
{
    return m_flags.contains(name) || !values(name).isEmpty();
}
