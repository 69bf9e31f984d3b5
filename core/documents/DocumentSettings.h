#pragma once

#include "DocumentKind.h"
#include "Result.h"

#include <QHash>
#include <QString>

class Database;

// How the office signs and numbers its documents, from the settings table:
//   documents.agency_short_name   the short name in every number (default 庐信用办)
//   documents.number_mark.<kind>  what follows it for a kind (defaults: DocumentKinds::defaultNumberMark)
//   documents.authority_header    the red header (default: the name of the credit office department)
//   documents.signer              发文机关署名 above the date (default: as the header)
struct DocumentSettings
{
    QString agencyShortName;
    QString authorityHeader;
    QString signer;
    QHash<DocumentKind, QString> numberMarks;

    static Result<DocumentSettings> load(Database& db);
    static QString defaultAgencyShortName() { return QStringLiteral("庐信用办"); }
    // The credit office's name until the first administrator names it (the first department).
    static QString defaultOfficeName() { return QStringLiteral("庐山市社会信用体系建设领导小组办公室"); }

    // 庐信用办〔2026〕3号: no "第", no leading zeros, 六角括号 around the year (GB/T 9704-2012 7.2.4).
    QString number(DocumentKind kind, int year, int sequence) const;
};
