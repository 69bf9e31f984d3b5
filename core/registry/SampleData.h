#pragma once

#include "Result.h"
#include "Subject.h"

#include <QDate>
#include <QRandomGenerator>
#include <QStringList>
#include <functional>

class Database;

// Made-up but valid registry data — realistic names, codes whose check characters verify, penalties
// in the national standard's layout — for the demo database, the benchmark and tests. The same seed
// gives the same data.
class SampleData
{
public:
    explicit SampleData(quint32 seed = 20261127)
        : m_random(seed)
    { }

    // The n-th subject of this seed: about one in four a natural person, one in six an individual
    // business; codes are unique over n.
    Subject subject(qint64 n);
    // A header and rows in the national administrative-penalty layout, for subjects first..first+count-1
    // (one penalty each, decided between `from` and `to`).
    static QStringList csvHeader();
    QStringList csvRow(const Subject& subject, qint64 n, QDate from, QDate to);
    // Writes a CSV file of `rows` penalties for subjects `firstSubject`.. (UTF-8, as departments send).
    Status writeCsv(const QString& path, qint64 firstSubject, int rows, QDate from, QDate to);

    // Fills an empty registry directly (bypassing the importer, for speed): `subjects` subjects and
    // `records` records spread over them, windows computed from the shipped rule profiles.
    // `progress(done, total)` is told now and then.
    Status fill(Database& db, qint64 subjects, qint64 records, const std::function<void(qint64, qint64)>& progress);

private:
    QString companyName(qint64 n);
    QString personName();
    QRandomGenerator m_random;
};
