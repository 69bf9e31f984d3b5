#include "DocumentSettings.h"

#include "storage/Database.h"
#include "storage/Settings.h"

Result<DocumentSettings> DocumentSettings::load(Database& db)
{
    DocumentSettings settings;
    auto office = db.scalar(
        QStringLiteral("SELECT name FROM departments WHERE is_credit_office = 1 AND active = 1 ORDER BY id LIMIT 1"));
    if (!office)
        return office.error();
    const QString officeName = office->isValid() ? office->toString() : defaultOfficeName();
    auto agency = Settings::value(db, QStringLiteral("documents.agency_short_name"), defaultAgencyShortName());
    auto header = Settings::value(db, QStringLiteral("documents.authority_header"), officeName);
    if (!agency || !header)
        return agency ? header.error() : agency.error();
    auto signer = Settings::value(db, QStringLiteral("documents.signer"), *header);
    if (!signer)
        return signer.error();
    settings.agencyShortName = agency->trimmed().isEmpty() ? defaultAgencyShortName() : agency->trimmed();
    settings.authorityHeader = header->trimmed();
    settings.signer = signer->trimmed();
    for (const auto kind : DocumentKinds::all()) {
        auto mark = Settings::value(db, QStringLiteral("documents.number_mark.") + DocumentKinds::id(kind),
                                    DocumentKinds::defaultNumberMark(kind));
        if (!mark)
            return mark.error();
        settings.numberMarks.insert(kind, mark->trimmed());
    }
    return settings;
}

QString DocumentSettings::number(DocumentKind kind, int year, int sequence) const
{
    return QStringLiteral("%1%2〔%3〕%4号").arg(agencyShortName, numberMarks.value(kind)).arg(year).arg(sequence);
}
